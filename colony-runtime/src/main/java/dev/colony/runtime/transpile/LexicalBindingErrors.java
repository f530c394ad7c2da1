package dev.colony.runtime.transpile;

import com.google.javascript.jscomp.AbstractCompiler;
import com.google.javascript.jscomp.NodeTraversal;
import com.google.javascript.jscomp.NodeUtil;
import com.google.javascript.jscomp.Var;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import com.google.javascript.rhino.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the misuses of {@code let}, {@code const} and class bindings that Closure refuses to
 * compile into the errors Node throws when they run: refused, the whole program would not start.
 *
 * <ul>
 *   <li>A use before the declaration in the same function ("Illegal variable reference before
 *       declaration"), or in the declaration's own initializer ({@code let x = x + 1}, which
 *       Closure accepts and {@code var} would make undefined), becomes {@code $colony.tdz("x")}, which throws the ReferenceError. A use
 *       inside a nested function is left alone: it may run after the declaration (lowered to
 *       {@code var}, it reads {@code undefined} if it does not).
 *   <li>An assignment to a constant ("Constant reassigned") becomes {@code
 *       $colony.constAssign("k")}, which throws the TypeError.
 * </ul>
 *
 * Both keep Node's order of evaluation: {@code x = v} evaluates {@code v} first, {@code x += v}
 * throws when it reads {@code x} in the dead zone, and for a constant after computing the new
 * value; {@code k ||= v} throws only if it would assign. Helpers: prelude/lowering.js.
 */
final class LexicalBindingErrors {
  private static final String HOST = "$colony";

  private LexicalBindingErrors() {}

  /** Before Closure. */
  static void prepare(AbstractCompiler compiler, Node root) {
    List<Node> earlyUses = new ArrayList<>();
    List<Node> constantTargets = new ArrayList<>();
    NodeTraversal.traverse(compiler, root, new NodeTraversal.AbstractPostOrderCallback() {
      @Override
      public void visit(NodeTraversal t, Node n, Node parent) {
        Var binding = n.isName() ? t.getScope().getVar(n.getString()) : null;
        Node declaration = binding == null || binding.getNameNode() == null ? null : declarationOf(binding.getNameNode());
        if (declaration == null || binding.getNameNode() == n) {
          return;
        }
        if (isBeforeInSameFunction(t, n, binding) || isInOwnInitializer(t, n, binding)) {
          earlyUses.add(n);
        } else if (declaration.isConst() && isAssignedTo(n)) {
          constantTargets.add(n);
        }
      }
    });
    earlyUses.forEach(use -> replace(use, throwing("tdz", use), false));
    constantTargets.forEach(target -> replace(target, throwing("constAssign", target), true));
  }

  /** The {@code let}, {@code const} or class declaring a name, or null for other bindings. */
  private static Node declarationOf(Node declared) {
    Node declaration = declared.getParent();
    while (declaration.isDestructuringLhs() || declaration.isArrayPattern() || declaration.isObjectPattern()
        || declaration.isStringKey() || declaration.isDefaultValue() || declaration.isRest()) {
      declaration = declaration.getParent();
    }
    return declaration.isLet() || declaration.isConst() || declaration.isClass() ? declaration : null;
  }

  private static boolean isBeforeInSameFunction(NodeTraversal t, Node use, Var binding) {
    Node declared = binding.getNameNode();
    return declared.getSourceFileName().equals(use.getSourceFileName())
        && use.getSourceOffset() < declared.getSourceOffset()
        && t.getScope().getClosestHoistScope() == binding.getScope().getClosestHoistScope();
  }

  /** {@code let x = f(x)}: Closure accepts it, but lowered to {@code var} it would read undefined. */
  private static boolean isInOwnInitializer(NodeTraversal t, Node use, Var binding) {
    Node declared = binding.getNameNode();
    for (Node n = use.getParent(); n != null && !n.isFunction(); n = n.getParent()) {
      if (n == declared) {
        return t.getScope().getClosestHoistScope() == binding.getScope().getClosestHoistScope();
      }
    }
    return false;
  }

  private static boolean isAssignedTo(Node name) {
    Node parent = name.getParent();
    return parent.getFirstChild() == name
        && (parent.isAssign() || NodeUtil.isCompoundAssignmentOp(parent) || parent.isInc() || parent.isDec());
  }

  private static Node throwing(String helper, Node name) {
    return IR.call(IR.getprop(IR.name(HOST), helper), IR.string(name.getString())).srcrefTree(name);
  }

  /**
   * Replaces a use by {@code thrower}, keeping what Node evaluates before it throws. Destructuring
   * and loop targets are left to Closure, which still refuses them.
   */
  private static void replace(Node name, Node thrower, boolean valueComputedFirst) {
    Node parent = name.getParent();
    if (parent.isAssign() && parent.getFirstChild() == name) {
      parent.replaceWith(IR.comma(parent.getLastChild().detach(), thrower).srcref(parent));
    } else if (NodeUtil.isCompoundAssignmentOp(parent) && parent.getFirstChild() == name) {
      parent.replaceWith(valueComputedFirst ? compoundThenThrow(parent, thrower) : thrower);
    } else if ((parent.isInc() || parent.isDec()) && parent.getFirstChild() == name) {
      parent.replaceWith(valueComputedFirst ? IR.comma(name.detach(), thrower).srcref(parent) : thrower);
    } else if (!isOtherTarget(name)) {
      name.replaceWith(thrower);
    }
  }

  /** {@code k += v} as {@code (k + v, throw)}; {@code k ||= v} as {@code k || (v, throw)}. */
  private static Node compoundThenThrow(Node assignment, Node thrower) {
    Node target = assignment.getFirstChild().detach();
    Node value = assignment.getLastChild().detach();
    Token op = operatorOf(assignment.getToken());
    if (op == Token.OR || op == Token.AND || op == Token.COALESCE) {
      return new Node(op, target, IR.comma(value, thrower)).srcrefTreeIfMissing(assignment);
    }
    return IR.comma(new Node(op, target, value), thrower).srcrefTreeIfMissing(assignment);
  }

  private static Token operatorOf(Token compoundAssignment) {
    return switch (compoundAssignment) {
      case ASSIGN_BITOR -> Token.BITOR;
      case ASSIGN_BITXOR -> Token.BITXOR;
      case ASSIGN_BITAND -> Token.BITAND;
      case ASSIGN_LSH -> Token.LSH;
      case ASSIGN_RSH -> Token.RSH;
      case ASSIGN_URSH -> Token.URSH;
      case ASSIGN_ADD -> Token.ADD;
      case ASSIGN_SUB -> Token.SUB;
      case ASSIGN_MUL -> Token.MUL;
      case ASSIGN_DIV -> Token.DIV;
      case ASSIGN_MOD -> Token.MOD;
      case ASSIGN_EXPONENT -> Token.EXPONENT;
      case ASSIGN_OR -> Token.OR;
      case ASSIGN_AND -> Token.AND;
      case ASSIGN_COALESCE -> Token.COALESCE;
      default -> throw new IllegalArgumentException("not a compound assignment: " + compoundAssignment);
    };
  }

  private static boolean isOtherTarget(Node name) {
    Node parent = name.getParent();
    return parent.isDestructuringLhs() || parent.isArrayPattern() || parent.isObjectPattern()
        || parent.isStringKey() && parent.getParent().isObjectPattern()
        || (parent.isDefaultValue() || parent.isForIn() || parent.isForOf() || parent.isForAwaitOf())
            && parent.getFirstChild() == name;
  }
}
