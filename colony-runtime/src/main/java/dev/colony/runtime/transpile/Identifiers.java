package dev.colony.runtime.transpile;

import com.google.javascript.rhino.Node;
import java.util.Set;
import java.util.regex.Pattern;

/** When a generated or inferred name can be given to a function expression without changing what its code means. */
final class Identifiers {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Set<String> RESERVED = Set.of(
      "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default",
      "delete", "do", "else", "enum", "eval", "export", "extends", "false", "finally", "for", "function",
      "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null", "package",
      "private", "protected", "public", "return", "static", "super", "switch", "this", "throw", "true",
      "try", "typeof", "undefined", "var", "void", "while", "with", "yield");

  private Identifiers() {}

  /**
   * Whether {@code function}, a function expression, may be named {@code name}: the name must be
   * a plain identifier that nothing inside the function refers to, since a function's own name
   * would shadow it (and a direct eval could refer to anything).
   */
  static boolean canName(Node function, String name) {
    return IDENTIFIER.matcher(name).matches() && !RESERVED.contains(name) && !mentions(function, name)
        && !mentions(function, "eval");
  }

  /** Whether a name occurs anywhere in a tree. */
  static boolean mentions(Node node, String name) {
    if (node.isName() && node.getString().equals(name)) {
      return true;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (mentions(child, name)) {
        return true;
      }
    }
    return false;
  }
}
