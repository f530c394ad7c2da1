package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Rhino's {@code instanceof} ignores {@code Symbol.hasInstance}. In a program that names that
 * symbol, each {@code a instanceof B} becomes {@code $colony.instanceOf(a, B)} (prelude/lowering.js),
 * which calls {@code B[Symbol.hasInstance]} as Node does; elsewhere it stays native, which is exact
 * and faster. Runs before Closure, so the checks Colony itself adds to classes stay native.
 */
final class HasInstanceChecks {
  private static final String SYMBOL_NAME = "hasInstance";

  private HasInstanceChecks() {}

  static void lower(Node root) {
    if (!namesHasInstance(root)) {
      return;
    }
    List<Node> checks = new ArrayList<>();
    collect(root, checks);
    for (Node check : checks) {
      Node value = check.getFirstChild().detach();
      Node constructor = check.getFirstChild().detach();
      Node call = IR.call(IR.getprop(IR.name("$colony"), "instanceOf"), value, constructor);
      call.putBooleanProp(Node.FREE_CALL, false);
      check.replaceWith(call.srcrefTreeIfMissing(check));
    }
  }

  private static boolean namesHasInstance(Node node) {
    if ((node.isGetProp() || node.isStringLit()) && node.getString().equals(SYMBOL_NAME)) {
      return true;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (namesHasInstance(child)) {
        return true;
      }
    }
    return false;
  }

  private static void collect(Node node, List<Node> checks) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, checks);
    }
    if (node.isInstanceOf()) {
      checks.add(node);
    }
  }
}
