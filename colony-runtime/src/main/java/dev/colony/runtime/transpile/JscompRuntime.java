package dev.colony.runtime.transpile;

import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.SourceFile;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Closure's transpilation runtime ({@code $jscomp}): what transpiled code calls for classes,
 * generators, spread and the rest. Programs share one copy from the prelude instead of carrying it.
 */
public final class JscompRuntime {
  private JscompRuntime() {}

  /** The runtime's source, lowered to ES5; run it through a {@link Transpiler} to add safepoints. */
  public static String source() {
    com.google.javascript.jscomp.Compiler compiler =
        new com.google.javascript.jscomp.Compiler(new PrintStream(OutputStream.nullOutputStream()));
    CompilerOptions options = new CompilerOptions();
    options.setLanguageIn(CompilerOptions.LanguageMode.ECMASCRIPT_NEXT);
    options.setLanguageOut(CompilerOptions.LanguageMode.ECMASCRIPT5);
    options.setForceLibraryInjection(List.of("es6_runtime"));
    options.setPrettyPrint(true);
    compiler.compile(List.of(SourceFile.fromCode("externs.js", "")), List.of(SourceFile.fromCode("empty.js", "")), options);
    if (!compiler.getErrors().isEmpty()) {
      throw new IllegalStateException("Closure's runtime did not compile: " + compiler.getErrors());
    }
    return compiler.toSource();
  }
}
