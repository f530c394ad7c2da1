package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import java.util.Set;

/**
 * Closure lowers {@code super(…)} in a subclass of a native error, named as such, to
 * {@code Error.call(this, …)} and a copy of its message and stack onto {@code this}: a plain
 * object, so {@code Object.prototype.toString} says {@code [object Object]} and the cause option
 * is lost. Before Closure, such a base becomes {@code (0, Error)}, a name Closure cannot
 * recognise, so the super call takes its general path, which {@link DynamicSuperCalls} sends to
 * {@code $jscomp.construct} for built-in bases: the instance is a real error.
 */
final class ErrorSuperCalls {
  /** The bases Closure's Es6ConvertSuperConstructorCalls treats as errors. */
  private static final Set<String> ERROR_NAMES =
      Set.of("Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError");

  private ErrorSuperCalls() {}

  static void prepare(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      prepare(child);
    }
    if (node.isClass()) {
      Node base = node.getSecondChild();
      if (base.isName() && ERROR_NAMES.contains(base.getString())) {
        base.replaceWith(IR.comma(IR.number(0), base.cloneNode()).srcrefTree(base));
      }
    }
  }
}
