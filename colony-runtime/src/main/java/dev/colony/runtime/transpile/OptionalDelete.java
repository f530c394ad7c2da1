package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import com.google.javascript.rhino.Token;

/**
 * Lowers {@code delete} of an optional chain, which Rhino evaluates without short-circuiting
 * ({@code delete a?.b} throws when {@code a} is undefined; Node returns true). The chain is cut at
 * its last {@code ?.}: {@code delete p?.b.c} becomes {@code ($t = p) == null ? true : delete
 * $t.b.c}, where {@code p} keeps any earlier {@code ?.} (if one of those short-circuits, {@code p}
 * is undefined and the result is true, as in Node). Other optional chains stay native.
 */
final class OptionalDelete {
  private OptionalDelete() {}

  static void lower(Node node, Temps temps) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      lower(child, temps);
      child = next;
    }
    if (node.isDelProp() && (node.getFirstChild().isOptChainGetProp() || node.getFirstChild().isOptChainGetElem())) {
      cutAtLastOptional(node, temps);
    }
  }

  private static void cutAtLastOptional(Node delete, Temps temps) {
    Node start = delete.getFirstChild();
    while (!start.isOptionalChainStart()) {
      toPlainAccess(start);
      start = start.getFirstChild();
    }
    toPlainAccess(start);
    Node temp = temps.declare(delete, "chain");
    Node base = start.getFirstChild();
    base.replaceWith(temp.cloneNode());
    Node placeholder = IR.empty();
    delete.replaceWith(placeholder);
    Node test = IR.eq(IR.assign(temp, base), IR.nullNode());
    placeholder.replaceWith(IR.hook(test, IR.trueNode(), delete).srcrefTreeIfMissing(delete));
  }

  /** Makes one link of the chain an ordinary property access or call. */
  private static void toPlainAccess(Node link) {
    link.setIsOptionalChainStart(false);
    link.setToken(switch (link.getToken()) {
      case OPTCHAIN_GETPROP -> Token.GETPROP;
      case OPTCHAIN_GETELEM -> Token.GETELEM;
      case OPTCHAIN_CALL -> Token.CALL;
      default -> throw new IllegalStateException("not an optional chain link: " + link.getToken());
    });
  }
}
