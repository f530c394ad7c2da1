package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import com.google.javascript.rhino.Token;

/**
 * {@code new.target} in a named plain function, which Closure cannot lower (it does in class
 * constructors): before Closure it becomes {@code (this instanceof F ? this.constructor : void 0)}.
 * A call through {@code new F} or a lowered subclass's constructor ({@code F.call(this)}) has a
 * receiver that is an instance, whose {@code constructor} is the class {@code new} named; a plain
 * call has not. Arrows see their enclosing function's, as {@code this} does.
 */
final class FunctionNewTargets {
  private FunctionNewTargets() {}

  static void lower(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      lower(child);
      child = next;
    }
    if (node.getToken() == Token.NEW_TARGET) {
      Node function = enclosingFunction(node);
      if (function != null && !isClassMember(function) && !function.getFirstChild().getString().isEmpty()) {
        String name = function.getFirstChild().getString();
        Node instance = new Node(Token.INSTANCEOF, IR.thisNode(), IR.name(name));
        node.replaceWith(IR.hook(instance, IR.getprop(IR.thisNode(), "constructor"), IR.voidNode(IR.number(0)))
            .srcrefTree(node));
      }
    }
  }

  private static Node enclosingFunction(Node node) {
    Node n = node.getParent();
    while (n != null && !(n.isFunction() && !n.isArrowFunction())) {
      n = n.getParent();
    }
    return n;
  }

  private static boolean isClassMember(Node function) {
    Node parent = function.getParent();
    return parent != null && parent.isMemberFunctionDef();
  }
}
