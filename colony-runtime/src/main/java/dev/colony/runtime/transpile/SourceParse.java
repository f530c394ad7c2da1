package dev.colony.runtime.transpile;

import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.SourceFile;
import com.google.javascript.rhino.Node;

/**
 * Parses a source with Closure's parser alone, for the rewrites that must happen on the text
 * before Closure compiles it. Errors are left for the real compilation to report; the tree is
 * still built around most of them.
 */
final class SourceParse {
  private SourceParse() {}

  /** The parsed script, or null when the parser gave up. */
  static Node parse(String fileName, String source) {
    com.google.javascript.jscomp.Compiler compiler = new com.google.javascript.jscomp.Compiler();
    CompilerOptions options = new CompilerOptions();
    options.setLanguageIn(CompilerOptions.LanguageMode.ECMASCRIPT_NEXT);
    compiler.initOptions(options);
    return compiler.parse(SourceFile.fromCode(fileName, source));
  }
}
