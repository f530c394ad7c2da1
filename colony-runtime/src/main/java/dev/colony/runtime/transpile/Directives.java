package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * Directive prologues in the output. Closure prints none, so the ones Rhino must see ("use
 * strict", and Colony's markers of what a lowered function was) are added as leading string
 * statements, which Rhino reads as directives as long as nothing precedes them.
 */
final class Directives {
  private Directives() {}

  /** Adds {@code directive} to the prologue of a block (a function body or the script). */
  static void add(Node block, String directive) {
    Node statement = IR.exprResult(IR.string(directive)).srcrefTree(block);
    block.addChildToFront(statement);
  }

  /** The first statement after the prologue, or null when there is none. */
  static Node firstStatementAfter(Node block) {
    Node statement = block.getFirstChild();
    while (statement != null && isDirective(statement)) {
      statement = statement.getNext();
    }
    return statement;
  }

  static boolean has(Node block, String directive) {
    for (Node statement = block.getFirstChild(); statement != null && isDirective(statement);
        statement = statement.getNext()) {
      if (statement.getFirstChild().getString().equals(directive)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDirective(Node statement) {
    return statement.isExprResult() && statement.getFirstChild().isStringLit();
  }
}
