package dev.colony.runtime.transpile;

import com.google.javascript.rhino.Node;

/** What a call in Closure's output calls. */
final class Callees {
  private Callees() {}

  /** The qualified name called, seeing through Closure's {@code (0, f)()}; null for anything else. */
  static String nameOf(Node callee) {
    Node target = callee.isComma() ? callee.getLastChild() : callee;
    return target.isQualifiedName() ? target.getQualifiedName() : null;
  }
}
