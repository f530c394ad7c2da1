package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/** Function bodies that rewrites can add statements to. */
final class FunctionBodies {
  private FunctionBodies() {}

  /** The body of a function as a block, turning an arrow's expression body into a return. */
  static Node asBlock(Node function) {
    Node body = function.getLastChild();
    if (!body.isBlock()) {
      Node block = IR.block().srcref(body);
      body.replaceWith(block);
      block.addChildToBack(IR.returnNode(body).srcref(body));
      return block;
    }
    return body;
  }
}
