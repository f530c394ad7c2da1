package dev.colony.runtime.engine;

import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.SourceFile;
import dev.colony.runtime.transpile.Transpiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;

/**
 * The JavaScript every program starts with, compiled once per JVM: Closure's {@code $jscomp}
 * runtime (what transpiled code calls), then Colony's own prelude files in a fixed order. The
 * compiled scripts are shared by all programs; each program runs them in its own scope.
 */
final class Prelude {
  /** Colony's prelude files, in load order; see src/main/resources/dev/colony/runtime/prelude. */
  static final List<String> FILES = List.of("builtins.js", "promise.js", "inspect.js", "host.js", "lowering.js");

  private static volatile Prelude instance;

  private final List<Script> scripts;

  private Prelude(List<Script> scripts) {
    this.scripts = scripts;
  }

  static Prelude get() {
    Prelude p = instance;
    if (p == null) {
      synchronized (Prelude.class) {
        p = instance;
        if (p == null) {
          p = instance = compile();
        }
      }
    }
    return p;
  }

  void runIn(Context cx, Scriptable scope) {
    for (Script script : scripts) {
      script.exec(cx, scope, scope);
    }
  }

  private static Prelude compile() {
    Transpiler transpiler = new Transpiler(true);
    List<String[]> sources = new ArrayList<>();
    sources.add(new String[] {"colony:prelude/jscomp.js", jscompRuntime()});
    for (String file : FILES) {
      String source = resource(file);
      if (source != null) {
        sources.add(new String[] {"colony:prelude/" + file, source});
      }
    }
    Context cx = SandboxContextFactory.INSTANCE.enterContext();
    try {
      List<Script> scripts = new ArrayList<>();
      for (String[] source : sources) {
        String code = transpiler.transpile(source[0], source[1]).code();
        scripts.add(cx.compileString(code, source[0], 1, null));
      }
      return new Prelude(List.copyOf(scripts));
    } finally {
      Context.exit();
    }
  }

  /** Closure's transpilation runtime, itself lowered to what Rhino runs. */
  private static String jscompRuntime() {
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

  private static String resource(String file) {
    try (InputStream in = Prelude.class.getResourceAsStream("/dev/colony/runtime/prelude/" + file)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read prelude " + file, e);
    }
  }
}
