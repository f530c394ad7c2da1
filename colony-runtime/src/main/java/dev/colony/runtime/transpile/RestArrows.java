package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs arrows with a rest parameter. Closure lowers {@code (a, ...r) => …} to an arrow reading
 * {@code $jscomp.getRestArguments.apply(1, arguments)}, which assumes its arrows become functions
 * too; Rhino keeps the arrow, whose {@code arguments} are the enclosing function's, so {@code r}
 * came out wrong. Such an arrow becomes a plain function, and what it shared with its enclosing
 * code ({@code this}, {@code arguments}) is read from variables set at the top of that code.
 * Rhino infers the function's name from where it is put, as for the arrow.
 */
final class RestArrows {
  private static final String REST_HELPER = "$jscomp.getRestArguments.apply";

  private RestArrows() {}

  static void lower(Node node, Temps temps) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      lower(child, temps);
    }
    if (node.isArrowFunction()) {
      Node restArguments = closureRestArguments(node);
      if (restArguments != null) {
        toFunction(node, restArguments, temps);
      }
    }
  }

  /** The {@code arguments} Closure put in {@code var r = $jscomp.getRestArguments.apply(n, arguments)}. */
  private static Node closureRestArguments(Node arrow) {
    Node body = arrow.getLastChild();
    if (!body.isBlock()) {
      return null;
    }
    for (Node statement = body.getFirstChild(); statement != null; statement = statement.getNext()) {
      Node value = statement.isVar() ? statement.getFirstChild().getFirstChild() : null;
      if (value != null && value.isCall() && value.getFirstChild().matchesQualifiedName(REST_HELPER)
          && value.getLastChild().isName() && value.getLastChild().getString().equals("arguments")) {
        return value.getLastChild();
      }
    }
    return null;
  }

  private static void toFunction(Node arrow, Node restArguments, Temps temps) {
    Node outerThis = null;
    Node outerArguments = null;
    for (Node use : lexicalUses(arrow.getLastChild(), restArguments)) {
      if (use.isThis()) {
        outerThis = outerThis != null ? outerThis : capture(arrow, IR.thisNode(), "this", temps);
        use.replaceWith(outerThis.cloneNode().srcref(use));
      } else {
        outerArguments = outerArguments != null ? outerArguments
            : capture(arrow, IR.name("arguments"), "arguments", temps);
        use.replaceWith(outerArguments.cloneNode().srcref(use));
      }
    }
    arrow.setIsArrowFunction(false);
  }

  /** {@code this} and {@code arguments} in the arrow that belong to its enclosing code. */
  private static List<Node> lexicalUses(Node node, Node restArguments) {
    List<Node> uses = new ArrayList<>();
    collectLexicalUses(node, restArguments, uses);
    return uses;
  }

  private static void collectLexicalUses(Node node, Node restArguments, List<Node> uses) {
    if (node.isThis() || (node.isName() && node.getString().equals("arguments") && node != restArguments)) {
      uses.add(node);
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child.isFunction() && !child.isArrowFunction())) {
        collectLexicalUses(child, restArguments, uses);
      }
    }
  }

  /** A variable holding {@code value} as the code around {@code arrow} sees it, set on entry to that code. */
  private static Node capture(Node arrow, Node value, String purpose, Temps temps) {
    Node scope = arrow.getParent();
    while (!scope.isScript() && !scope.isFunction()) {
      scope = scope.getParent();
    }
    return temps.declareOnEntry(scope, purpose, value);
  }
}
