package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * Inserts {@code if ($sp$) $safepoint$();} at the top of every loop body and of every function body
 * (after its directives) that calls anything: a function that makes no call runs for a bounded
 * time, or loops past the checks of its own loops, so a check at its entry would only cost time
 * (leaf helpers, such as those of the generator runtime, are called at every step).
 *
 * <p>The flag is a plain global the host raises only when it wants the program to stop (capture,
 * pause, kill), so the common path costs one global read — about 10 % — instead of a call into
 * Java on every back-edge (about 25 %).
 */
public final class SafepointInsertion {
  /** Global flag the host raises to ask for a safepoint. */
  public static final String FLAG = "$sp$";
  /** Host function that captures, pauses or stops the program when the flag is raised. */
  public static final String FUNCTION = "$safepoint$";

  private SafepointInsertion() {}

  static void insertInto(Node root) {
    visit(root);
  }

  private static void visit(Node node) {
    // Decided before the loops inside get their checks, which are calls.
    boolean needsCheck = !node.isFunction() || calls(node.getLastChild());
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      visit(child);
    }
    Node body = bodyOf(node);
    if (body != null && body.isBlock() && needsCheck) {
      Node first = node.isFunction() ? Directives.firstStatementAfter(body) : body.getFirstChild();
      if (first == null) {
        body.addChildToBack(check(body));
      } else {
        check(body).insertBefore(first);
      }
    }
  }

  private static Node bodyOf(Node node) {
    return switch (node.getToken()) {
      case FUNCTION, FOR, FOR_IN, FOR_OF, WHILE -> node.getLastChild();
      case DO -> node.getFirstChild();
      default -> null;
    };
  }

  /** Whether a function body calls or constructs anything, not counting the functions nested in it. */
  private static boolean calls(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child.isCall() || child.isNew() || child.isTaggedTemplateLit()
          || (!child.isFunction() && !child.isClass() && calls(child))) {
        return true;
      }
    }
    return false;
  }

  private static Node check(Node near) {
    Node check = IR.ifNode(IR.name(FLAG), IR.block(IR.exprResult(IR.call(IR.name(FUNCTION)))));
    return check.srcrefTree(near);
  }
}
