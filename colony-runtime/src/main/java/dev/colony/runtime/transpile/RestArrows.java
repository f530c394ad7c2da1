package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import com.google.javascript.rhino.Token;
import java.util.function.Predicate;

/**
 * Turns arrow functions with a rest parameter into plain functions before Closure lowers the rest
 * parameter. Rhino has arrows but no rest parameter in them, and Closure collects the rest from
 * {@code arguments}, which in a kept arrow is the enclosing function's: {@code (...a) => a.length}
 * would see the outer call's arguments.
 *
 * <p>An arrow that uses {@code this} or {@code arguments} keeps them lexical through a wrapping
 * arrow that receives them: {@code (...a) => this.f(a)} becomes {@code (($colony$this) =>
 * function (...a) { return $colony$this.f(a); })(this)}. An arrow that uses {@code super} or
 * {@code new.target} is left as it is (a plain function cannot refer to the outer ones).
 */
final class RestArrows {
  static final String THIS = Temps.PREFIX + "this";
  static final String ARGUMENTS = Temps.PREFIX + "arguments";

  private RestArrows() {}

  static void rewrite(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      rewrite(child);
      child = next;
    }
    if (node.isArrowFunction() && hasRestParameter(node) && !lexically(node, RestArrows::isSuperOrNewTarget)) {
      toPlainFunction(node);
    }
  }

  private static boolean hasRestParameter(Node function) {
    Node last = function.getSecondChild().getLastChild();
    return last != null && last.isRest();
  }

  private static void toPlainFunction(Node arrow) {
    boolean usesThis = lexically(arrow, Node::isThis);
    boolean usesArguments = lexically(arrow, RestArrows::isArguments);
    Node placeholder = IR.empty();
    arrow.replaceWith(placeholder);
    arrow.setIsArrowFunction(false);
    Node body = arrow.getLastChild();
    if (!body.isBlock()) {
      Node block = IR.block().srcref(body);
      body.replaceWith(block);
      block.addChildToBack(IR.returnNode(body).srcref(body));
    }
    nameAfterDeclaration(arrow, placeholder.getParent());
    if (!usesThis && !usesArguments) {
      placeholder.replaceWith(arrow);
      return;
    }
    replaceLexically(arrow);
    Node params = IR.paramList();
    Node call = IR.call(IR.arrowFunction(IR.name(""), params, IR.block(IR.returnNode(arrow))));
    if (usesThis) {
      params.addChildToBack(IR.name(THIS));
      call.addChildToBack(IR.thisNode());
    }
    if (usesArguments) {
      params.addChildToBack(IR.name(ARGUMENTS));
      call.addChildToBack(IR.name("arguments"));
    }
    call.putBooleanProp(Node.FREE_CALL, true);
    placeholder.replaceWith(call.srcrefTreeIfMissing(arrow));
  }

  /** {@code const f = (...a) => a} is named f in Node; a plain function keeps the name only if it has it. */
  private static void nameAfterDeclaration(Node function, Node parent) {
    if (parent.isName() && Identifiers.canName(function, parent.getString())) {
      function.getFirstChild().setString(parent.getString());
    }
  }

  private static boolean isArguments(Node node) {
    return node.isName() && node.getString().equals("arguments");
  }

  private static boolean isSuperOrNewTarget(Node node) {
    return node.isSuper() || node.getToken() == Token.NEW_TARGET;
  }

  /** Whether {@code test} holds for {@code node} or a node in it outside nested non-arrow functions. */
  private static boolean lexically(Node node, Predicate<Node> test) {
    if (test.test(node)) {
      return true;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child.isFunction() && !child.isArrowFunction()) && lexically(child, test)) {
        return true;
      }
    }
    return false;
  }

  private static void replaceLexically(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      if (child.isThis()) {
        child.replaceWith(IR.name(THIS).srcref(child));
      } else if (isArguments(child)) {
        child.replaceWith(IR.name(ARGUMENTS).srcref(child));
      } else if (!(child.isFunction() && !child.isArrowFunction())) {
        replaceLexically(child);
      }
      child = next;
    }
  }
}
