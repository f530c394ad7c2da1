package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes {@code this} undefined in a strict function called without a receiver ({@code f()},
 * a detached method), as in Node: Rhino passes the global object there even in strict code. A
 * strict function that reads {@code this} reads it from {@code var $colony$thisN = this ===
 * $jscomp.global ? void 0 : this}, set on entry (one comparison per call; functions without
 * {@code this} and class constructors, whose receiver is always a new object, are left alone).
 *
 * <p>Rhino also boxes a primitive receiver before every call ({@code f.call(5)}, {@code (5).m()}),
 * where Node passes the primitive. A property access behaves the same on the box, so only a use of
 * {@code this} as a value ({@code return this}, {@code typeof this}, {@code this === x}) pays for
 * unboxing, through the host's {@code $colony.primitiveThis}; {@code this.x} stays as
 * cheap as before.
 */
final class StrictThis {
  private StrictThis() {}

  /** @param unboxPrimitives whether value uses of {@code this} unbox a primitive receiver (not in the prelude) */
  static void lower(Node node, Temps temps, boolean unboxPrimitives) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      lower(child, temps, unboxPrimitives);
    }
    if (node.isFunction() && !node.isArrowFunction() && isStrict(node)
        && !Directives.has(node.getLastChild(), FunctionKinds.PREFIX + "class")) {
      List<Node> uses = new ArrayList<>();
      collectThis(node.getLastChild(), uses);
      if (!uses.isEmpty()) {
        Node global = IR.getprop(IR.name("$jscomp"), "global");
        Node receiver = IR.hook(IR.sheq(IR.thisNode(), global), IR.voidNode(IR.number(0)), IR.thisNode());
        Node variable = temps.declareOnEntry(node, "this", receiver.srcrefTree(node));
        for (Node use : uses) {
          use.replaceWith(readReceiver(variable, use, unboxPrimitives).srcrefTree(use));
        }
      }
    }
  }

  private static Node readReceiver(Node variable, Node use, boolean unboxPrimitives) {
    Node parent = use.getParent();
    boolean accessed = (parent.isGetProp() || parent.isGetElem()) && parent.getFirstChild() == use;
    if (accessed || !unboxPrimitives) {
      return variable.cloneNode();
    }
    Node call = IR.call(IR.getprop(IR.name("$colony"), "primitiveThis"), variable.cloneNode());
    call.putBooleanProp(Node.FREE_CALL, false);
    return call;
  }

  private static boolean isStrict(Node function) {
    return function.getLastChild().isUseStrict() || Strictness.isStrictAt(function);
  }

  /** {@code this} in a function body, arrows included, other functions not. */
  private static void collectThis(Node node, List<Node> uses) {
    if (node.isThis()) {
      uses.add(node);
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child.isFunction() && !child.isArrowFunction())) {
        collectThis(child, uses);
      }
    }
  }
}
