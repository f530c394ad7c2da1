package dev.colony.runtime.transpile;

import com.google.javascript.jscomp.parsing.parser.FeatureSet.Feature;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives classes what Closure's ES5 functions lack: strict code, the name Node gives the class,
 * members that are not enumerable, {@code [class A]} in the console, and the TypeError for a
 * call without {@code new}.
 *
 * <p>Before Closure, each class gets a first static block, {@code $colony.defineClass(this,
 * name, ownsName)} (see prelude/lowering.js), which runs once its methods exist and before any
 * static field. Outside strict code a class is also wrapped in a strict arrow, {@code (() => { return
 * class A {…}; })()}, so that its lowered methods inherit strictness: a directive of their own
 * would cost each of them an activation object in Rhino. After Closure, the constructor that
 * the registration names gets the {@code "colony:class"} directive and the check for {@code new},
 * and the methods Closure assigns to the class and its prototype are defined instead, as Node
 * does: in strict code an assignment fails where an inherited property is read-only
 * ({@code static [Symbol.hasInstance]()}, {@code static name()}).
 */
final class ClassSemantics {
  private static final String HOST = "$colony";
  private static final String DEFINE = "defineClass";

  private ClassSemantics() {}

  /** Before Closure. */
  static void prepare(Node root) {
    List<Node> classes = new ArrayList<>();
    collect(root, classes);
    for (Node classNode : classes) {
      register(classNode);
      if (!Strictness.isStrictAt(classNode) && !suspends(classNode.getLastChild())) {
        wrapInStrictArrow(classNode);
      }
    }
  }

  /** After Closure. */
  static void complete(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      complete(child);
    }
    if (isRegistration(node)) {
      Node classVar = node.getFirstChild().getSecondChild();
      Node definition = definitionOf(classVar.getString(), node);
      if (definition != null) {
        guard(constructorIn(definition), classVar.getString(), node.getFirstChild().getChildAtIndex(2).getString());
        defineMethods(definition, classVar.getString());
      }
    }
  }

  private static void collect(Node node, List<Node> classes) {
    if (node.isClass()) {
      classes.add(node);
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, classes);
    }
  }

  private static void register(Node classNode) {
    Node ownsName = ClassNames.ownsName(classNode) ? IR.trueNode() : IR.falseNode();
    Node call = IR.call(IR.getprop(IR.name(HOST), DEFINE), IR.thisNode(), IR.string(ClassNames.of(classNode)), ownsName);
    Node block = IR.block(IR.exprResult(call)).srcrefTree(classNode);
    classNode.getLastChild().addChildToFront(block);
    ScriptFeatures.add(classNode, Feature.CLASS_STATIC_BLOCK);
  }

  /** Whether a class body awaits or yields outside its methods: an arrow around it could not. */
  private static boolean suspends(Node node) {
    if (node.isAwait() || node.isYield()) {
      return true;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (!child.isFunction() && suspends(child)) {
        return true;
      }
    }
    return false;
  }

  private static void wrapInStrictArrow(Node classNode) {
    Node placeholder = IR.empty();
    classNode.replaceWith(placeholder);
    boolean declaration = placeholder.getParent().isBlock() || placeholder.getParent().isScript();
    Node body = IR.block(IR.returnNode(classNode));
    body.setUseStrict(true);
    Node call = IR.call(IR.arrowFunction(IR.name(""), IR.paramList(), body));
    call.putBooleanProp(Node.FREE_CALL, true);
    call.srcrefTreeIfMissing(classNode);
    if (declaration) {
      String name = classNode.getFirstChild().getString();
      placeholder.replaceWith(IR.let(IR.name(name), call).srcrefTreeIfMissing(classNode));
      ScriptFeatures.add(classNode, Feature.LET_DECLARATIONS);
    } else {
      placeholder.replaceWith(call);
    }
    ScriptFeatures.add(classNode, Feature.ARROW_FUNCTIONS);
  }

  /** {@code $colony.defineClass(A, "A");} as Closure leaves it. */
  private static boolean isRegistration(Node node) {
    if (!node.isExprResult() || !node.getFirstChild().isCall()) {
      return false;
    }
    Node call = node.getFirstChild();
    return call.getFirstChild().matchesQualifiedName(HOST + "." + DEFINE) && call.getChildCount() == 4
        && call.getSecondChild().isName();
  }

  /** The statement assigning a function to {@code name} before {@code from}, at its level or above. */
  private static Node definitionOf(String name, Node from) {
    for (Node statement = from; statement != null; statement = statement.getParent()) {
      for (Node previous = statement.getPrevious(); previous != null; previous = previous.getPrevious()) {
        if (assignedFunction(previous, name) != null) {
          return previous;
        }
      }
      if (statement.getParent() != null && statement.getParent().isFunction()) {
        return null;
      }
    }
    return null;
  }

  private static Node constructorIn(Node definition) {
    Node name = definition.isFunction() ? definition.getFirstChild()
        : definition.isExprResult() ? definition.getFirstChild().getFirstChild() : definition.getFirstChild();
    return assignedFunction(definition, name.getString());
  }

  private static Node assignedFunction(Node statement, String name) {
    if (statement.isVar() || statement.isLet() || statement.isConst()) {
      Node target = statement.getFirstChild();
      if (target.isName() && target.getString().equals(name) && target.hasChildren()
          && target.getFirstChild().isFunction()) {
        return target.getFirstChild();
      }
    } else if (statement.isExprResult() && statement.getFirstChild().isAssign()) {
      Node assign = statement.getFirstChild();
      if (assign.getFirstChild().matchesName(name) && assign.getSecondChild().isFunction()) {
        return assign.getSecondChild();
      }
    } else if (statement.isFunction() && statement.getFirstChild().getString().equals(name)) {
      return statement;
    }
    return null;
  }

  /**
   * Turns {@code A.prototype.m = function…} and {@code A[k] = function…}, from the constructor's
   * definition up to the registration, into {@code Object.defineProperty(…)} (not enumerable,
   * as a class member; the registration names it).
   */
  private static void defineMethods(Node definition, String classVar) {
    for (Node statement = definition.getNext(); statement != null; statement = statement.getNext()) {
      if (!statement.isExprResult() || !statement.getFirstChild().isAssign()) {
        continue;
      }
      Node assign = statement.getFirstChild();
      Node target = assign.getFirstChild();
      boolean member = (target.isGetProp() || target.isGetElem()) && (target.getFirstChild().matchesName(classVar)
          || target.getFirstChild().matchesQualifiedName(classVar + ".prototype"));
      if (member && assign.getSecondChild().isFunction()) {
        Node function = assign.getSecondChild();
        if (target.isGetProp() && function.getFirstChild().getString().isEmpty()
            && Identifiers.canName(function, target.getString())) {
          // Else Rhino names it after the descriptor's key: stack frames would say "value".
          function.getFirstChild().setString(target.getString());
        }
        Node key = target.isGetProp() ? IR.string(target.getString()) : target.getSecondChild().detach();
        Node descriptor = IR.objectlit(
            IR.stringKey("configurable", IR.trueNode()), IR.stringKey("writable", IR.trueNode()),
            IR.stringKey("value", assign.getSecondChild().detach()));
        Node define = IR.call(IR.getprop(IR.name("$jscomp"), "global", "Object", "defineProperty"),
            target.getFirstChild().detach(), key, descriptor);
        assign.replaceWith(define.srcrefTreeIfMissing(assign));
      }
    }
  }

  /** {@code if (!(this instanceof A)) throw new TypeError(…);} and the class directive. */
  private static void guard(Node constructor, String classVar, String name) {
    Node body = constructor.getLastChild();
    String message = "Class constructor " + name + " cannot be invoked without 'new'";
    Node check = IR.ifNode(
        IR.not(new Node(com.google.javascript.rhino.Token.INSTANCEOF, IR.thisNode(), IR.name(classVar))),
        IR.block(IR.throwNode(IR.newNode(IR.name("TypeError"), IR.string(message)))));
    check.srcrefTree(body);
    Node first = Directives.firstStatementAfter(body);
    if (first == null) {
      body.addChildToBack(check);
    } else {
      check.insertBefore(first);
    }
    Directives.add(body, FunctionKinds.PREFIX + "class");
  }
}
