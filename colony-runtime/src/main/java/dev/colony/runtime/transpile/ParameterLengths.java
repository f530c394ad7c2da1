package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import com.google.javascript.rhino.Token;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Keeps a function's {@code length} as Node counts it: the parameters before the first default
 * or rest. Closure lowers {@code function f(a, b = 1, ...c)} to {@code function f(a, b)}, whose
 * length is 2, and Rhino ignores a redefined {@code length}. Rhino counts parameters the same way
 * as Node, so the lowered parameters from the first uncounted one on get a default of their own,
 * {@code function f(a, b = void 0)}; Closure's body still assigns them.
 */
final class ParameterLengths {
  private final Map<Node, Integer> lengths = new IdentityHashMap<>();

  /** Before Closure: records the length of each function whose parameters are not all counted. */
  void record(Node node) {
    if (node.isFunction()) {
      int counted = countedParameters(node.getSecondChild());
      if (counted < node.getSecondChild().getChildCount()) {
        lengths.put(node, counted);
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      record(child);
    }
  }

  /** After Closure, on the same function nodes it has lowered in place. */
  void restore() {
    lengths.forEach((function, length) -> {
      Node params = function.getSecondChild();
      if (params == null || !params.isParamList()) {
        return;
      }
      Node param = params.getChildAtIndex(length);
      for (; param != null; param = param.getNext()) {
        if (param.isName()) {
          Node name = param.cloneNode();
          param.replaceWith(new Node(Token.DEFAULT_VALUE, name, IR.voidNode(IR.number(0))).srcrefTree(param));
          param = name.getParent();
        }
      }
    });
  }

  private static int countedParameters(Node params) {
    int count = 0;
    for (Node param = params.getFirstChild(); param != null && !param.isDefaultValue() && !param.isRest();
        param = param.getNext()) {
      count++;
    }
    return count;
  }
}
