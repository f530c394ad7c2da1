package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * Closure lowers {@code super(message, options)} in a subclass of a built-in error to
 * {@code t = Error.call(this, …), this.message = t.message, "stack" in t && (this.stack = t.stack)}:
 * assignments make {@code message} and {@code stack} enumerable (Node's are not), set a
 * {@code message} even when none was given, and drop {@code cause}. The two copies become
 * {@code $colony.adoptError(this, t)} (prelude/lowering.js), which takes over the error's own
 * properties with their attributes.
 */
final class ErrorSuperCalls {
  private static final String TEMP_PREFIX = "$jscomp$tmp$error";

  private ErrorSuperCalls() {}

  static void repair(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      repair(child);
      child = next;
    }
    if (isMessageCopy(node)) {
      Node firstPair = node.getParent();
      Node withStack = firstPair.getParent();
      Node created = firstPair.getFirstChild().detach();
      String temp = node.getSecondChild().getFirstChild().getString();
      Node adopt = IR.call(IR.getprop(IR.name("$colony"), "adoptError"), IR.thisNode(), IR.name(temp));
      adopt.putBooleanProp(Node.FREE_CALL, false);
      withStack.replaceWith(IR.comma(created, adopt).srcrefTreeIfMissing(withStack));
    }
  }

  /** {@code this.message = t.message} right after {@code t = …}, followed by the stack copy. */
  private static boolean isMessageCopy(Node node) {
    if (!node.isAssign() || !node.getFirstChild().matchesQualifiedName("this.message")) {
      return false;
    }
    Node source = node.getSecondChild();
    if (!source.isGetProp() || !source.getString().equals("message") || !source.getFirstChild().isName()
        || !source.getFirstChild().getString().startsWith(TEMP_PREFIX)) {
      return false;
    }
    Node firstPair = node.getParent();
    return firstPair.isComma() && firstPair.getSecondChild() == node && firstPair.getFirstChild().isAssign()
        && firstPair.getFirstChild().getFirstChild().matchesName(source.getFirstChild().getString())
        && firstPair.getParent().isComma() && firstPair.getParent().getFirstChild() == firstPair
        && firstPair.getParent().getSecondChild().isAnd();
  }
}
