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
    String name = PREFIX + purpose + (count++);
    Node scope = use;
    while (!scope.isScript() && !scope.isFunction()) {
      scope = scope.getParent();
    }
    Node body = scope.isScript() ? scope : FunctionBodies.asBlock(scope);
    Node declaration = IR.var(IR.name(name)).srcrefTree(use);
    Node first = Directives.firstStatementAfter(body);
    if (first == null) {
      body.addChildToBack(declaration);
    } else {
      declaration.insertBefore(first);
    }
    return IR.name(name).srcref(use);
  }
}
