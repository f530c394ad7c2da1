package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds object literals with computed keys step by step: Rhino leaves a parser node in the
 * compiled code of such a literal, which Java serialisation cannot write, so a program holding
 * one could not be captured. Closure's own lowering of them moves accessors first, refuses
 * computed accessors and breaks {@code super}, so it is not used.
 *
 * <p>Members before the first computed key stay in the literal; the others are added in order,
 * {@code {a: 1, [k]: 2, m() {}}} becoming {@code ($t = {a: 1}, $t[k] = 2, $t.m = function m()
 * {}, $t)}. Methods and accessors whose names cannot be written into the code are defined by
 * {@code $colony.defineMethod} and {@code $colony.defineAccessor} (prelude/lowering.js), which
 * name them as Node does. A literal with {@code super} in such a method is left as it is.
 */
final class ComputedKeys {
  private static final String HOST = "$colony";
  /** The name Closure gives a lowered generator that had none. */
  private static final String GENERATED_NAME = "$jscomp$generator$function$";

  private ComputedKeys() {}

  static void lower(Node node, Temps temps) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      lower(child, temps);
      child = next;
    }
    if (node.isObjectLit()) {
      Node firstComputed = firstComputed(node);
      if (firstComputed != null && !usesSuperFrom(firstComputed)) {
        buildStepByStep(node, firstComputed, temps);
      }
    }
  }

  private static Node firstComputed(Node literal) {
    for (Node member = literal.getFirstChild(); member != null; member = member.getNext()) {
      if (member.isComputedProp()) {
        return member;
      }
    }
    return null;
  }

  /** Whether a method from {@code member} on uses {@code super}, which only a literal's method can. */
  private static boolean usesSuperFrom(Node member) {
    for (Node m = member; m != null; m = m.getNext()) {
      Node value = m.getLastChild();
      if (value.isFunction() && !value.isArrowFunction() && containsSuper(value.getLastChild())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code super} is used here, arrows included, other functions not. */
  private static boolean containsSuper(Node node) {
    if (node.isSuper()) {
      return true;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child.isFunction() && !child.isArrowFunction()) && containsSuper(child)) {
        return true;
      }
    }
    return false;
  }

  private static void buildStepByStep(Node literal, Node firstComputed, Temps temps) {
    Node temp = temps.declare(literal, "literal");
    Node placeholder = IR.empty();
    literal.replaceWith(placeholder);
    List<Node> steps = new ArrayList<>();
    List<Node> rest = new ArrayList<>();
    for (Node member = firstComputed; member != null; member = member.getNext()) {
      rest.add(member);
    }
    for (Node member : rest) {
      member.detach();
    }
    steps.add(IR.assign(temp.cloneNode(), literal));
    for (Node member : rest) {
      steps.add(step(temp, member).srcrefTreeIfMissing(member));
    }
    steps.add(temp.cloneNode());
    Node sequence = steps.get(steps.size() - 1);
    for (int i = steps.size() - 2; i >= 0; i--) {
      sequence = IR.comma(steps.get(i), sequence);
    }
    placeholder.replaceWith(sequence.srcrefTreeIfMissing(literal));
  }

  private static Node step(Node temp, Node member) {
    boolean computed = member.isComputedProp();
    Node value = member.getLastChild().detach();
    Node key = computed ? member.getFirstChild().detach() : IR.string(member.getString());
    if (member.isGetterDef() || member.getBooleanProp(Node.COMPUTED_PROP_GETTER)) {
      return hostCall("defineAccessor", temp.cloneNode(), key, IR.string("get"), value);
    }
    if (member.isSetterDef() || member.getBooleanProp(Node.COMPUTED_PROP_SETTER)) {
      return hostCall("defineAccessor", temp.cloneNode(), key, IR.string("set"), value);
    }
    String ownName = value.isFunction() ? value.getFirstChild().getString() : null;
    boolean anonymousFunction = ownName != null && (ownName.isEmpty() || ownName.startsWith(GENERATED_NAME));
    if (anonymousFunction && !computed && !value.isArrowFunction() && Identifiers.canName(value, member.getString())) {
      value.getFirstChild().setString(member.getString());
    } else if (anonymousFunction) {
      return hostCall("defineMethod", temp.cloneNode(), key, value);
    }
    return IR.assign(IR.getelem(temp.cloneNode(), key), value);
  }

  private static Node hostCall(String helper, Node... args) {
    return IR.call(IR.getprop(IR.name(HOST), helper), args);
  }
}
