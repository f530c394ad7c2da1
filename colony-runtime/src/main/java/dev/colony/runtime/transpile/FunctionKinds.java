package dev.colony.runtime.transpile;

import com.google.javascript.rhino.Node;

/**
 * Marks the functions Closure lowered from async functions and generators with a directive naming
 * what they were ({@code "colony:async"}, {@code "colony:generator"}, {@code
 * "colony:asyncGenerator"}), which the console reads back from the function's source to print
 * {@code [AsyncFunction: f]} as Node does. A directive costs nothing at creation and nothing to
 * capture, unlike a registry of functions.
 */
final class FunctionKinds {
  /** Prefix of the directives naming what a lowered function was; see prelude/lowering.js. */
  static final String PREFIX = "colony:";

  private FunctionKinds() {}

  static void mark(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      mark(child);
    }
    if (node.isFunction()) {
      String kind = loweredKind(node.getLastChild());
      if (kind != null) {
        Directives.add(node.getLastChild(), PREFIX + kind);
      }
    }
  }

  /** What Closure lowered a function body from, recognised by what the body returns. */
  private static String loweredKind(Node body) {
    if (!body.isBlock()) {
      return null;
    }
    for (Node statement = body.getFirstChild(); statement != null; statement = statement.getNext()) {
      if (statement.isReturn() && statement.hasChildren()) {
        Node value = statement.getFirstChild();
        String callee = value.isCall() || value.isNew() ? Callees.nameOf(value.getFirstChild()) : null;
        if (callee == null) {
          return null;
        }
        return switch (callee) {
          case "$jscomp.asyncExecutePromiseGeneratorProgram", "$jscomp.asyncExecutePromiseGeneratorFunction" ->
              value.isCall() ? "async" : null;
          case "$jscomp.generator.createGenerator" -> value.isCall() ? "generator" : null;
          case "$jscomp.AsyncGeneratorWrapper" -> value.isNew() ? "asyncGenerator" : null;
          default -> null;
        };
      }
    }
    return null;
  }
}
