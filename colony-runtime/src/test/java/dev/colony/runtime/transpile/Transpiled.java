package dev.colony.runtime.transpile;

/** Transpiles test snippets without safepoints, so outputs are short to assert on. */
final class Transpiled {
  private static final Transpiler TRANSPILER = new Transpiler(false);

  private Transpiled() {}

  /** The output with whitespace collapsed and Closure's closing empty statement dropped, for assertions that ignore layout. */
  static String of(String source) {
    return TRANSPILER.transpile("t.js", source).code().replaceAll("\\s+", " ").replaceAll(" ;$", "").trim();
  }
}
