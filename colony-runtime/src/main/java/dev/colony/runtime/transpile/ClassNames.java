package dev.colony.runtime.transpile;

import com.google.javascript.rhino.Node;

/** The name Node gives a class: its own, or the one inferred from where an anonymous class is put. */
final class ClassNames {
  private ClassNames() {}

  /** The name, or "" for an anonymous class that nothing names. */
  static String of(Node classNode) {
    Node own = classNode.getFirstChild();
    return own.isName() && !own.getString().isEmpty() ? own.getString() : inferred(classNode);
  }

  /** Whether a static member of the class is called {@code name}, and so replaces the class's name. */
  static boolean ownsName(Node classNode) {
    for (Node member = classNode.getLastChild().getFirstChild(); member != null; member = member.getNext()) {
      if (member.isStaticMember() && (member.isMemberFunctionDef() || member.isGetterDef() || member.isSetterDef()
          || member.isMemberFieldDef()) && member.getString().equals("name")) {
        return true;
      }
    }
    return false;
  }

  /** ECMAScript's NamedEvaluation: declarations, assignments to a name, defaults, keys and fields. */
  private static String inferred(Node classNode) {
    Node parent = classNode.getParent();
    if (parent.isName()) {
      return parent.getString();
    }
    if ((parent.isAssign() || parent.isDefaultValue() || parent.isAssignOr() || parent.isAssignAnd()
        || parent.isAssignNullishCoalesce()) && parent.getSecondChild() == classNode && parent.getFirstChild().isName()) {
      return parent.getFirstChild().getString();
    }
    if (parent.isStringKey() || parent.isMemberFieldDef()) {
      return parent.getString();
    }
    return "";
  }
}
