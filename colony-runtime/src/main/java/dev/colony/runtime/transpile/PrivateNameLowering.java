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
 * per-class symbols: {@code #p = 1} becomes {@code [$P1] = 1}, {@code #p in o} becomes
 * {@code $P1 in o}, and an access checks the brand first, as Node throws a TypeError for an
 * object whose class did not declare the name: {@code this.#p} becomes {@code ($P1 in this ? this
 * : $colony.privateMissing($P1, false))[$P1]} (the object is read twice, so an object that is
 * not a name or {@code this} goes through {@code $colony.privateBrand(o, $P1, false)} instead).
 * The symbols come from {@code $colony.privateName}, which records them so the console hides them
 * as Node hides private fields. The declarations are prepended to the first line so every other
 * line keeps its number.
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

  /** Edits at the same start apply in the order added, so an outer access's check comes first. */
  private record Edit(int start, int end, String text, int order) {}

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
        if (optional) {
          edit(at, end, "[" + symbol + "]");
        } else {
          checkBrand(node, symbol, dot, end);
        }
      }
      case NAME -> edit(at, end, symbol);
      default -> edit(at, end, "[" + symbol + "]");
    }
  }

  /** Wraps the object of {@code object.#p}, from its first character to the end of the name. */
  private void checkBrand(Node access, String symbol, int dot, int end) {
    Node object = access.getFirstChild();
    String write = String.valueOf(isWriteTarget(access));
    int[] range = range(object);
    if (object.isThis() || object.isName()) {
      String text = object.isThis() ? "this" : object.getString();
      edit(range[0], range[0], "(" + symbol + " in " + text + " ? ");
      edit(dot, end, " : $colony.privateMissing(" + symbol + ", " + write + "))[" + symbol + "]");
    } else {
      edit(range[0], range[0], "$colony.privateBrand(");
      edit(range[1], range[1], ", " + symbol + ", " + write + ")");
      edit(dot, end, "[" + symbol + "]");
    }
  }

  /**
   * The source range of an expression with its parentheses, and those of the expressions it
   * starts or ends with: Closure's range of a node leaves them out, and places some nodes (a
   * property access) at their operator.
   */
  private int[] range(Node node) {
    int start = node.getSourceOffset();
    int end = start + node.getLength();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      int[] inner = range(child);
      start = Math.min(start, inner[0]);
      end = Math.max(end, inner[1]);
    }
    return parenthesised(start, end);
  }

  private static boolean isWriteTarget(Node access) {
    Node parent = access.getParent();
    return parent.isAssign() && parent.getFirstChild() == access;
  }

  /** The range of an expression with the parentheses around it, which its node's range leaves out. */
  private int[] parenthesised(int start, int end) {
    int before = previousNonSpace(start);
    int after = nextNonSpace(end);
    while (before >= 0 && after < source.length() && source.charAt(before) == '(' && source.charAt(after) == ')') {
      start = before;
      end = after + 1;
      before = previousNonSpace(start);
      after = nextNonSpace(end);
    }
    return new int[] {start, end};
  }

  private int nextNonSpace(int index) {
    int i = index;
    while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
      i++;
    }
    return i;
  }

  private void edit(int start, int end, String text) {
    edits.add(new Edit(start, end, text, edits.size()));
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
    // Applied from the end of the source; at one start the edit added first is applied last.
    edits.sort((a, b) -> a.start != b.start ? Integer.compare(b.start, a.start) : Integer.compare(b.order, a.order));
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
