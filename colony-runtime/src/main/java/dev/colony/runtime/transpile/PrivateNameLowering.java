package dev.colony.runtime.transpile;

import com.google.javascript.rhino.Node;
import com.google.javascript.rhino.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites {@code #private} class members, which Closure Compiler refuses, into members keyed by
 * per-class symbols: {@code #p = 1} becomes {@code [$P1] = 1}, {@code this.#p} becomes
 * {@code this[$P1]} and {@code #p in o} becomes {@code $P1 in o}. The symbols come from
 * {@code $colony.privateName}, which records them so the console hides them as Node hides private
 * fields. The declarations are prepended to the first line so every other line keeps its number.
 */
final class PrivateNameLowering {

  /**
   * The lowered source, and the edits that made it, in the original's lines and columns (the
   * declarations count as an insertion at the start of line 1): lines never change, columns do
   * after an edit on the same line.
   */
  record Lowered(String source, List<LineEdit> edits) {
    /** The original 0-based column of a 0-based column of the lowered source; inside an edit, the edit's start. */
    int originalColumn(int line, int loweredColumn) {
      int shift = 0;
      for (LineEdit edit : edits) {
        if (edit.line() != line) {
          continue;
        }
        int loweredStart = edit.start() + shift;
        if (loweredColumn < loweredStart) {
          break;
        }
        if (loweredColumn < loweredStart + edit.newLength()) {
          return edit.start();
        }
        shift += edit.newLength() - (edit.end() - edit.start());
      }
      return loweredColumn - shift;
    }
  }

  /** A replacement of the original's columns [start, end) on a 1-based line by newLength characters. */
  record LineEdit(int line, int start, int end, int newLength) {}

  private record Edit(int start, int end, String text) {}

  private final String source;
  private final List<Edit> edits = new ArrayList<>();
  private final Deque<Map<String, String>> classScopes = new ArrayDeque<>();
  private final StringBuilder declarations = new StringBuilder();
  private int symbolCount;

  private PrivateNameLowering(String source) {
    this.source = source;
  }

  /** Returns the source unchanged when it has no private names (the common case: no parse). */
  static Lowered lower(String fileName, String source) {
    if (source.indexOf('#') < 0) {
      return new Lowered(source, List.of());
    }
    Node root = SourceParse.parse(fileName, source);
    if (root == null) {
      return new Lowered(source, List.of());
    }
    PrivateNameLowering lowering = new PrivateNameLowering(source);
    lowering.visit(root);
    return lowering.apply();
  }

  private void visit(Node node) {
    boolean isClass = node.getToken() == Token.CLASS;
    if (isClass) {
      classScopes.push(declareMembers(node));
    }
    if (node.isPrivateIdentifier() && !isClass) {
      rewrite(node);
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      visit(child);
    }
    if (isClass) {
      classScopes.pop();
    }
  }

  private Map<String, String> declareMembers(Node classNode) {
    Map<String, String> names = new HashMap<>();
    Node members = classNode.getLastChild();
    for (Node member = members.getFirstChild(); member != null; member = member.getNext()) {
      if (member.isPrivateIdentifier() && !names.containsKey(member.getString())) {
        String symbol = "$P" + (++symbolCount) + "$";
        names.put(member.getString(), symbol);
        declarations.append(declarations.isEmpty() ? "var " : ",")
            .append(symbol).append("=$colony.privateName(\"").append(member.getString()).append("\")");
      }
    }
    return names;
  }

  private void rewrite(Node node) {
    String name = node.getString();
    int at = source.indexOf(name, node.getSourceOffset());
    if (at < 0) {
      return;
    }
    String symbol = resolve(name);
    if (symbol == null) {
      return; // Closure has already reported the undeclared private name as an error.
    }
    int end = at + name.length();
    switch (node.getToken()) {
      case GETPROP -> {
        int dot = previousNonSpace(at);
        boolean optional = dot > 0 && source.charAt(dot - 1) == '?';
        edits.add(optional ? new Edit(at, end, "[" + symbol + "]") : new Edit(dot, end, "[" + symbol + "]"));
      }
      case NAME -> edits.add(new Edit(at, end, symbol));
      default -> edits.add(new Edit(at, end, "[" + symbol + "]"));
    }
  }

  private String resolve(String name) {
    for (Map<String, String> scope : classScopes) {
      String symbol = scope.get(name);
      if (symbol != null) {
        return symbol;
      }
    }
    return null;
  }

  private int previousNonSpace(int index) {
    int i = index - 1;
    while (i >= 0 && Character.isWhitespace(source.charAt(i))) {
      i--;
    }
    return i;
  }

  private Lowered apply() {
    edits.sort((a, b) -> Integer.compare(b.start, a.start));
    StringBuilder out = new StringBuilder(source);
    for (Edit edit : edits) {
      out.replace(edit.start, edit.end, edit.text);
    }
    List<LineEdit> lineEdits = new ArrayList<>();
    if (!declarations.isEmpty()) {
      declarations.append(';');
      out.insert(0, declarations);
      lineEdits.add(new LineEdit(1, 0, 0, declarations.length()));
    }
    for (Edit edit : edits.reversed()) {
      int lineStart = source.lastIndexOf('\n', edit.start - 1) + 1;
      int line = (int) source.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
      lineEdits.add(new LineEdit(line, edit.start - lineStart, edit.end - lineStart, edit.text.length()));
    }
    return new Lowered(out.toString(), List.copyOf(lineEdits));
  }
}
