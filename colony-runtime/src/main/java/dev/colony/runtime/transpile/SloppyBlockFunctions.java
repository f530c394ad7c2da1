package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a function declared in a block of sloppy code the binding Node gives it (Annex B.3.3): a
 * {@code var} of the enclosing function as well, so {@code if (c) { function h() {} } h();} works.
 * Closure lowers such a function as strict code would, to a renamed block-scoped variable, and
 * the call outside the block throws a ReferenceError.
 *
 * <p>{@code function h() {…}} becomes {@code h = function h() {…};} at the start of its block
 * (where the declaration was hoisted to), with {@code var h;} at the top of the function. As in
 * Node, this is not done where a {@code var} would clash: with a parameter, or a {@code let},
 * {@code const} or class of the same name in an enclosing block. One simplification: the outer
 * variable is assigned on entry to the block rather than where the declaration stands.
 */
final class SloppyBlockFunctions {
  private SloppyBlockFunctions() {}

  /** Before Closure. */
  static void prepare(Node root) {
    List<Node> declarations = new ArrayList<>();
    collect(root, declarations);
    Map<Node, Node> lastHoisted = new IdentityHashMap<>();
    for (Node function : declarations) {
      Node scope = hoistScope(function);
      if (scope != null && !Strictness.isStrictAt(function) && !clashes(function, scope)) {
        hoist(function, scope, lastHoisted);
      }
    }
  }

  private static void collect(Node node, List<Node> declarations) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, declarations);
    }
    Node parent = node.getParent();
    if (node.isFunction() && !node.isGeneratorFunction() && !node.isAsyncFunction() && !node.isArrowFunction()
        && parent != null && !node.getFirstChild().getString().isEmpty()) {
      if (parent.isIf()) {
        // `if (c) function h() {}` is as if the function were in a block of its own.
        Node block = IR.block().srcref(node);
        node.replaceWith(block);
        block.addChildToBack(node);
        declarations.add(node);
      } else if (parent.isBlock() && !isScopeBody(parent)) {
        declarations.add(node);
      }
    }
  }

  private static boolean isScopeBody(Node block) {
    Node parent = block.getParent();
    return parent == null || parent.isFunction() || parent.isClassMembers();
  }

  /** The body of the function (or the script) whose variable the declaration also makes, or null. */
  private static Node hoistScope(Node function) {
    for (Node n = function.getParent(); n != null; n = n.getParent()) {
      if (n.isScript() || (n.isBlock() && n.getParent() != null && n.getParent().isFunction())) {
        return n;
      }
      if (n.isClassMembers()) {
        return null; // a static block: strict anyway
      }
    }
    return null;
  }

  private static boolean clashes(Node function, Node scope) {
    String name = function.getFirstChild().getString();
    for (Node block = function.getParent().getParent(); block != null; block = block.getParent()) {
      if ((block.isBlock() || block.isScript()) && declaresLexically(block, name)) {
        return true;
      }
      if (block == scope) {
        break;
      }
    }
    Node owner = scope.getParent();
    return owner != null && owner.isFunction() && mentionsName(owner.getSecondChild(), name);
  }

  private static boolean declaresLexically(Node block, String name) {
    for (Node statement = block.getFirstChild(); statement != null; statement = statement.getNext()) {
      boolean lexical = statement.isLet() || statement.isConst() || statement.isClass();
      if (lexical && mentionsName(statement.isClass() ? statement.getFirstChild() : statement, name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a declaration or parameter list binds {@code name} (initialisers included, which errs on the safe side). */
  private static boolean mentionsName(Node node, String name) {
    if (node.isName() && node.getString().equals(name)) {
      return true;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (!child.isFunction() && mentionsName(child, name)) {
        return true;
      }
    }
    return false;
  }

  private static void hoist(Node function, Node scope, Map<Node, Node> lastHoisted) {
    String name = function.getFirstChild().getString();
    Node block = function.getParent();
    function.detach();
    Node assignment = IR.exprResult(IR.assign(IR.name(name), function)).srcrefTreeIfMissing(function);
    boolean inCase = block.getParent().isCase() || block.getParent().isDefaultCase();
    // The cases of a switch share one scope, entered before any case runs.
    Node hoistedTo = inCase ? enclosingSwitch(block) : block;
    Node previous = lastHoisted.get(hoistedTo);
    if (previous != null) {
      assignment.insertAfter(previous);
    } else if (inCase) {
      assignment.insertBefore(hoistedTo);
    } else {
      block.addChildToFront(assignment);
    }
    lastHoisted.put(hoistedTo, assignment);
    Node declaration = IR.var(IR.name(name)).srcrefTree(function);
    Node first = Directives.firstStatementAfter(scope);
    if (first == null) {
      scope.addChildToBack(declaration);
    } else {
      declaration.insertBefore(first);
    }
  }

  private static Node enclosingSwitch(Node caseBlock) {
    Node n = caseBlock;
    while (!n.isSwitch()) {
      n = n.getParent();
    }
    return n;
  }
}
