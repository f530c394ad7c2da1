package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import com.google.javascript.rhino.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns arrows with a rest parameter into function expressions before Closure runs: Closure
 * lowers a rest parameter to a slice of {@code arguments} but keeps the arrow, whose
 * {@code arguments} is its enclosing function's, so {@code (...xs) => xs} returned the caller's
 * arguments.
 *
 * <p>An arrow that uses {@code this} or {@code arguments} gets them from a wrapping arrow, {@code
 * (($colony$arrowThis) => function (...xs) { … $colony$arrowThis … })(this)}. One that uses
 * {@code super} or {@code new.target}, which a wrapper cannot pass on, stays an arrow (and
 * wrong). The function keeps the name Node infers for the arrow from the variable it initialises.
 */
final class ArrowRestParameters {
  private static final String THIS = "$colony$arrowThis";
  private static final String ARGUMENTS = "$colony$arrowArguments";

  private ArrowRestParameters() {}

  /** Before Closure. */
  static void prepare(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      prepare(child);
      child = next;
    }
    if (node.isArrowFunction() && hasRestParameter(node) && !usesSuperOrNewTarget(node)) {
      toFunctionExpression(node);
    }
  }

  private static boolean hasRestParameter(Node arrow) {
    Node last = arrow.getSecondChild().getLastChild();
    return last != null && last.isRest();
  }

  private static void toFunctionExpression(Node arrow) {
    List<Node> thisUses = new ArrayList<>();
    List<Node> argumentsUses = new ArrayList<>();
    collectLexicalUses(arrow, thisUses, argumentsUses);
    FunctionBodies.asBlock(arrow);
    arrow.setIsArrowFunction(false);
    nameAfterVariable(arrow);
    if (thisUses.isEmpty() && argumentsUses.isEmpty()) {
      return;
    }
    Node wrapper = IR.arrowFunction(IR.name(""), IR.paramList(), IR.block());
    Node call = IR.call(wrapper);
    addAlias(thisUses, THIS, IR.thisNode(), call);
    addAlias(argumentsUses, ARGUMENTS, IR.name("arguments"), call);
    arrow.replaceWith(call);
    wrapper.getLastChild().replaceWith(arrow);
    call.srcrefTreeIfMissing(arrow);
  }

  private static void addAlias(List<Node> uses, String alias, Node value, Node call) {
    if (uses.isEmpty()) {
      return;
    }
    for (Node use : uses) {
      use.replaceWith(IR.name(alias).srcref(use));
    }
    call.getFirstChild().getSecondChild().addChildToBack(IR.name(alias));
    call.addChildToBack(value);
  }

  /** {@code this} and {@code arguments} of the arrow's own context, in arrows nested in it too. */
  private static void collectLexicalUses(Node node, List<Node> thisUses, List<Node> argumentsUses) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child.isThis()) {
        thisUses.add(child);
      } else if (child.isName() && child.getString().equals("arguments")) {
        argumentsUses.add(child);
      }
      if (!(child.isFunction() && !child.isArrowFunction()) && !child.isClass()) {
        collectLexicalUses(child, thisUses, argumentsUses);
      }
    }
  }

  private static boolean usesSuperOrNewTarget(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child.isSuper() || child.getToken() == Token.NEW_TARGET) {
        return true;
      }
      if (!(child.isFunction() && !child.isArrowFunction()) && usesSuperOrNewTarget(child)) {
        return true;
      }
    }
    return false;
  }

  /** {@code const g = (...xs) => …}: Node names the arrow g. */
  private static void nameAfterVariable(Node function) {
    Node parent = function.getParent();
    boolean initialises = parent.isName() && (parent.getParent().isVar() || parent.getParent().isLet()
        || parent.getParent().isConst());
    if (initialises && Identifiers.canName(function, parent.getString())) {
      function.getFirstChild().setString(parent.getString());
    }
  }
}
