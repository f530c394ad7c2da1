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
 * A primitive receiver stays boxed: Rhino boxes it before the call.
 */
final class StrictThis {
  private StrictThis() {}

  static void lower(Node node, Temps temps) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      lower(child, temps);
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
          use.replaceWith(variable.cloneNode().srcref(use));
        }
      }
    }
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
