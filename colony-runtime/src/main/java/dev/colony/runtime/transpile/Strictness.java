package dev.colony.runtime.transpile;

import com.google.javascript.rhino.Node;

/**
 * Where code is strict, as Closure's parser recorded it, and the directives that tell Rhino so.
 * Closure prints none, so a strict program would run sloppy: Rhino honours a "use strict" prologue
 * (writes to read-only properties throw), so each outermost strict script or function gets it
 * back. Nested functions inherit it, which matters because Rhino gives a function with a
 * directive of its own an activation object, slowing every local variable in it.
 */
final class Strictness {
  private Strictness() {}

  /** Whether {@code node} is strict code: in a strict script or function, or in a class. */
  static boolean isStrictAt(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n.isClass() || n.isUseStrict()) {
        return true;
      }
    }
    return false;
  }

  /** Adds "use strict" to each strict scope whose enclosing code is not strict already. */
  static void addDirectives(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      addDirectives(child);
    }
    boolean scope = node.isScript() || (node.isBlock() && node.getParent() != null && node.getParent().isFunction());
    if (scope && node.isUseStrict() && !isStrictAt(node) && !Directives.has(node, "use strict")) {
      Directives.add(node, "use strict");
    }
  }
}
