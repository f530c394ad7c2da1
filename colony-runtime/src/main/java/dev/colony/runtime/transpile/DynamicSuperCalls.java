package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Closure lowers {@code super(…)} with a base it does not know by name (a mixin's parameter, a
 * call, an error after {@link ErrorSuperCalls}) to {@code Base.call(this, …) || this}. That is
 * right for a base written in JavaScript, but a built-in called so makes a new object, or throws:
 * {@code Object.call(this)} returns a fresh object and the subclass's {@code this} is lost. Each
 * such call becomes {@code nativeBase ? $jscomp.construct(Base, [… ], this.constructor) :
 * Base.call(this, …) || this}, where {@code nativeBase} is worked out once, by
 * {@code $colony.isNativeFunction}, when the class is defined ({@code $jscomp.inherits(Class,
 * Base)}): an ordinary subclass pays one variable read per construction.
 */
final class DynamicSuperCalls {
  private DynamicSuperCalls() {}

  static void lower(Node node, Temps temps) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      lower(child, temps);
      child = next;
    }
    if (!isInheritsStatement(node)) {
      return;
    }
    Node base = node.getFirstChild().getLastChild();
    Node constructor = constructorNamed(node, node.getFirstChild().getSecondChild());
    if (constructor == null || !base.isQualifiedName()) {
      return;
    }
    List<Node> superCalls = new ArrayList<>();
    collectSuperCalls(constructor.getLastChild(), base, superCalls);
    if (superCalls.isEmpty()) {
      return;
    }
    Node nativeBase = temps.declare(node, "nativeBase");
    IR.exprResult(IR.assign(nativeBase.cloneNode(), IR.call(IR.getprop(IR.name("$colony"), "isNativeFunction"), base.cloneTree())))
        .srcrefTree(node).insertAfter(node);
    for (Node superCall : superCalls) {
      Node placeholder = IR.empty();
      superCall.replaceWith(placeholder);
      placeholder.replaceWith(IR.hook(nativeBase.cloneNode(), constructCall(superCall.getFirstChild(), base), superCall)
          .srcrefTree(superCall));
    }
  }

  private static boolean isInheritsStatement(Node node) {
    return node.isExprResult() && node.getFirstChild().isCall()
        && node.getFirstChild().getFirstChild().matchesQualifiedName("$jscomp.inherits")
        && node.getFirstChild().hasXChildren(3);
  }

  /** The function assigned to {@code name} by a statement before {@code inherits} in its block. */
  private static Node constructorNamed(Node inherits, Node name) {
    if (!name.isName()) {
      return null;
    }
    for (Node statement = inherits.getPrevious(); statement != null; statement = statement.getPrevious()) {
      if (statement.isVar() && statement.getFirstChild().matchesName(name.getString())) {
        Node value = statement.getFirstChild().getFirstChild();
        return value != null && value.isFunction() ? value : null;
      }
    }
    return null;
  }

  /** {@code base.call(this, …) || this} and {@code base.apply(this, …) || this}, outside nested non-arrow functions. */
  private static void collectSuperCalls(Node node, Node base, List<Node> found) {
    if (node.isFunction() && !node.isArrowFunction()) {
      return;
    }
    if (isSuperCall(node, base)) {
      found.add(node);
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collectSuperCalls(child, base, found);
    }
  }

  private static boolean isSuperCall(Node node, Node base) {
    if (!node.isOr() || !node.getLastChild().isThis() || !node.getFirstChild().isCall()) {
      return false;
    }
    Node call = node.getFirstChild();
    Node callee = call.getFirstChild();
    return callee.isGetProp() && (callee.getString().equals("call") || callee.getString().equals("apply"))
        && callee.getFirstChild().matchesQualifiedName(base) && call.getSecondChild() != null
        && call.getSecondChild().isThis();
  }

  /** {@code $jscomp.construct(base, args, this.constructor)} with the arguments of {@code call}. */
  private static Node constructCall(Node call, Node base) {
    Node firstArgument = call.getSecondChild().getNext();
    Node arguments;
    if (call.getFirstChild().getString().equals("apply")) {
      arguments = firstArgument == null ? IR.arraylit() : firstArgument.cloneTree();
    } else {
      arguments = IR.arraylit();
      for (Node argument = firstArgument; argument != null; argument = argument.getNext()) {
        arguments.addChildToBack(argument.cloneTree());
      }
    }
    return IR.call(IR.getprop(IR.name("$jscomp"), "construct"), base.cloneTree(), arguments,
        IR.getprop(IR.thisNode(), "constructor"));
  }
}
