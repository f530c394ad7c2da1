package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * Temporary variables for rewrites of Closure's output, each declared with {@code var} at the top
 * of the function (or script) that uses it. One per transpilation, so names are unique in a program.
 */
final class Temps {
  /** Prefix of every temporary's name; kept out of a program's top-level names. */
  static final String PREFIX = "$colony$";

  private int count;

  /** A fresh variable named after {@code purpose}, declared in the function around {@code use}. */
  Node declare(Node use, String purpose) {
    Node scope = use;
    while (!scope.isScript() && !scope.isFunction()) {
      scope = scope.getParent();
    }
    return declareOnEntry(scope, purpose, null);
  }

  /**
   * A fresh variable declared in {@code scope} (a function or the script) before any statement
   * but the directives, and set there to {@code value} unless it is null.
   */
  Node declareOnEntry(Node scope, String purpose, Node value) {
    String name = PREFIX + purpose + (count++);
    Node body = scope.isScript() ? scope : FunctionBodies.asBlock(scope);
    Node declaration = (value == null ? IR.var(IR.name(name)) : IR.var(IR.name(name), value)).srcrefTree(body);
    Node first = Directives.firstStatementAfter(body);
    if (first == null) {
      body.addChildToBack(declaration);
    } else {
      declaration.insertBefore(first);
    }
    return IR.name(name).srcref(body);
  }
}
