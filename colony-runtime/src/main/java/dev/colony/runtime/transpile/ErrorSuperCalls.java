package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * Closure lowers {@code super(…)} in a subclass of a native error to {@code tmp = Error.call(this,
 * …), this.message = tmp.message, "stack" in tmp && (this.stack = tmp.stack), this}, which loses
 * the {@code cause} option and makes message and stack enumerable. This hands the error to
 * {@code $colony.adoptError(this, Error.call(this, …))} (see prelude/lowering.js), which copies
 * stack, message and cause as Node defines them.
 */
final class ErrorSuperCalls {
  private static final String TEMP_PREFIX = "$jscomp$tmp$error";

  private ErrorSuperCalls() {}

  static void repair(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      repair(child);
      child = next;
    }
    if (isErrorTempAssignment(node)) {
      Node sequence = node;
      while (sequence.getParent().isComma() && sequence.getParent().getFirstChild() == sequence) {
        sequence = sequence.getParent();
      }
      if (sequence != node && sequence.getLastChild().isThis()) {
        Node errorCall = node.getLastChild().detach();
        Node adopt = IR.call(IR.getprop(IR.name("$colony"), "adoptError"), IR.thisNode(), errorCall);
        sequence.replaceWith(adopt.srcrefTree(sequence));
      }
    }
  }

  private static boolean isErrorTempAssignment(Node node) {
    return node.isAssign() && node.getFirstChild().isName()
        && node.getFirstChild().getString().startsWith(TEMP_PREFIX) && node.getLastChild().isCall();
  }
}
