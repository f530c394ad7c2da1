package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import com.google.javascript.rhino.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps object-literal methods native, as Rhino runs them: lowering them would lose their names,
 * move computed keys after the literal and refuse computed accessors. Closure still needs help
 * around them, before and after it runs:
 *
 * <ul>
 *   <li>generator and async methods, which it must lower, become function-valued properties
 *       ({@code *g() {}} becomes {@code g: function* g() {}}; the name keeps the lowered
 *       generator from getting a generated one);
 *   <li>{@code super} in a literal's method, which Closure refuses, is hidden as a name and put
 *       back afterwards;
 *   <li>a method capturing a per-iteration loop variable comes out of Closure wrapped in a call,
 *       which no method can be: the wrapper moves to the whole literal, as Closure does for
 *       getters.
 * </ul>
 */
final class ObjectLiteralMethods {
  /** Stands for {@code super} while Closure runs. */
  static final String SUPER = "$colony$super$";

  private ObjectLiteralMethods() {}

  /** Before Closure. */
  static void prepare(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      prepare(child);
      child = next;
    }
    if (node.isSuper() && inLiteralMethod(node)) {
      node.replaceWith(IR.name(SUPER).srcref(node));
    } else if (node.getParent() != null && node.getParent().isObjectLit() && isLoweredMethod(node)) {
      toFunctionProperty(node);
    }
  }

  /** After Closure. */
  static void repair(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      repair(child);
      child = next;
    }
    if (node.isName() && node.getString().equals(SUPER)) {
      node.replaceWith(IR.superNode().srcref(node));
    } else if (node.isObjectLit()) {
      unwrapLoopClosures(node);
    }
  }

  private static boolean isLoweredMethod(Node member) {
    boolean method = member.isMemberFunctionDef()
        || (member.isComputedProp() && member.getBooleanProp(Node.COMPUTED_PROP_METHOD));
    Node function = member.getLastChild();
    return method && (function.isGeneratorFunction() || function.isAsyncFunction());
  }

  private static void toFunctionProperty(Node member) {
    Node function = member.getLastChild();
    if (member.isComputedProp()) {
      member.replaceWith(IR.computedProp(member.getFirstChild().detach(), function.detach()).srcref(member));
      return;
    }
    String key = member.getString();
    Node property = IR.stringKey(key, function.detach()).srcref(member);
    if (member.isQuotedStringKey()) {
      property.setQuotedStringKey();
    }
    member.replaceWith(property);
    if (function.isGeneratorFunction() && !function.isAsyncFunction() && Identifiers.canName(function, key)) {
      function.getFirstChild().setString(key);
    }
  }

  /** Whether {@code superNode} belongs to a method of an object literal (not of a class). */
  private static boolean inLiteralMethod(Node superNode) {
    Node function = superNode.getParent();
    while (function != null && !(function.isFunction() && !function.isArrowFunction())) {
      function = function.getParent();
    }
    if (function == null || function.isGeneratorFunction() || function.isAsyncFunction()) {
      return false;
    }
    Node member = function.getParent();
    return member != null && member.getParent() != null && member.getParent().isObjectLit();
  }

  /**
   * Closure replaces a function that captures loop variables by {@code (function($loop){return
   * function(){…}})($loop)}; in a method that is no function. The method gets its function back
   * and the literal is wrapped instead, with the union of the wrappers' parameters.
   */
  private static void unwrapLoopClosures(Node literal) {
    Map<String, Node> loopObjects = new LinkedHashMap<>();
    for (Node member = literal.getFirstChild(); member != null; member = member.getNext()) {
      Node value = member.getLastChild();
      boolean method = member.isMemberFunctionDef()
          || (member.isComputedProp() && member.getBooleanProp(Node.COMPUTED_PROP_METHOD));
      if (method && value.isCall()
          && value.getFirstChild().isFunction()) {
        Node wrapper = value.getFirstChild();
        for (Node param = wrapper.getSecondChild().getFirstChild(); param != null; param = param.getNext()) {
          loopObjects.putIfAbsent(param.getString(), param);
        }
        value.replaceWith(wrapper.getLastChild().getFirstChild().getFirstChild().detach());
      }
    }
    if (loopObjects.isEmpty()) {
      return;
    }
    List<Node> params = new ArrayList<>();
    List<Node> args = new ArrayList<>();
    for (Node param : loopObjects.values()) {
      params.add(IR.name(param.getString()).srcref(param));
      args.add(IR.name(param.getString()).srcref(param));
    }
    Node placeholder = IR.empty();
    literal.replaceWith(placeholder);
    Node wrapper = IR.function(IR.name(""), IR.paramList(params.toArray(new Node[0])), IR.block(IR.returnNode(literal)));
    Node call = IR.call(wrapper, args.toArray(new Node[0]));
    call.putBooleanProp(Node.FREE_CALL, true);
    placeholder.replaceWith(call.srcrefTreeIfMissing(literal));
  }
}
