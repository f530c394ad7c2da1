package dev.colony.runtime.transpile;

import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;

/**
 * Spreading an array literal reads its holes as {@code undefined}, but Closure folds
 * {@code [...[, 1]]} into {@code [, 1]}, keeping the hole: before Closure, holes of a spread
 * literal become {@code void 0}. (Spreading any other array goes through
 * {@code $jscomp.arrayFromIterable}, which prelude/lowering.js makes fill holes.)
 */
final class SpreadHoles {
  private SpreadHoles() {}

  static void fill(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      fill(child);
    }
    if (node.isSpread() && node.getFirstChild().isArrayLit()) {
      for (Node element = node.getFirstChild().getFirstChild(); element != null; element = element.getNext()) {
        if (element.isEmpty()) {
          Node undefined = IR.voidNode(IR.number(0)).srcrefTree(element);
          element.replaceWith(undefined);
          element = undefined;
        }
      }
    }
  }
}
