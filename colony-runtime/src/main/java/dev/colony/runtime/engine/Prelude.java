package dev.colony.runtime.engine;

import dev.colony.runtime.transpile.JscompRuntime;
import dev.colony.runtime.transpile.Transpiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.JSDescriptor;
import org.mozilla.javascript.JSFunction;
import org.mozilla.javascript.JSScript;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The JavaScript every program starts with: Closure's {@code $jscomp} runtime (what transpiled code
 * calls), then Colony's own prelude files in a fixed order. Transpiling them takes Closure several
 * seconds in a fresh JVM, so the build does it once ({@link #main}) and the runtime loads the result;
 * Rhino compiles it once per JVM, and every program runs the compiled scripts in its own scope.
 */
final class Prelude {
  /** Colony's prelude files, in load order; see src/main/resources/dev/colony/runtime/prelude. */
  static final List<String> FILES = List.of(
      "builtins.js", "promise.js", "inspect.js", "host.js", "lowering.js", "pubsub.js", "fs.js", "proxy.js");
  private static final String JSCOMP = "jscomp.js";
  private static final List<String> CLOSURE_GLOBALS = List.of("$jscomp", "$jscomp$lookupPolyfilledValue");
  private static final String SOURCES = "/dev/colony/runtime/prelude/";
  private static final String COMPILED = "/dev/colony/runtime/prelude-compiled/";

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
          p = instance = load();
        }
      }
    }
    return p;
  }

  /**
   * Every compiled function of the prelude, under a path that is the same in every JVM running
   * this runtime version: snapshots refer to prelude code instead of carrying it (hundreds of KB).
   */
  Map<String, JSDescriptor<?>> code() {
    Map<String, JSDescriptor<?>> code = new LinkedHashMap<>();
    List<String> files = loadOrder();
    for (int i = 0; i < scripts.size(); i++) {
      addCode(code, "prelude:" + files.get(i), ((JSScript) scripts.get(i)).getDescriptor());
    }
    return code;
  }

  private static void addCode(Map<String, JSDescriptor<?>> code, String path, JSDescriptor<?> descriptor) {
    code.put(path, descriptor);
    List<JSDescriptor<JSFunction>> nested = descriptor.getNestedFunctions();
    for (int i = 0; nested != null && i < nested.size(); i++) {
      addCode(code, path + "/" + i, nested.get(i));
    }
  }

  void runIn(Context cx, Scriptable scope) {
    // Closure's runtime declares these with `var`, which would list them among the global object's
    // own enumerable properties, where a program printing globalThis would see them.
    for (String name : CLOSURE_GLOBALS) {
      ScriptableObject.defineProperty((ScriptableObject) scope, name, Undefined.instance, ScriptableObject.DONTENUM);
    }
    for (Script script : scripts) {
      script.exec(cx, scope, scope);
    }
  }

  private static List<String> loadOrder() {
    List<String> files = new ArrayList<>();
    files.add(JSCOMP);
    files.addAll(FILES);
    return files;
  }

  private static Prelude load() {
    Context cx = SandboxContextFactory.INSTANCE.enterContext();
    try {
      List<Script> scripts = new ArrayList<>();
      for (String file : loadOrder()) {
        String code = resource(COMPILED + file);
        if (code == null) {
          throw new IllegalStateException("the compiled prelude " + file + " is missing: build colony-runtime with Maven");
        }
        scripts.add(cx.compileString(code, Transpiler.PRELUDE_FILE_PREFIX + file, 1, null));
      }
      return new Prelude(List.copyOf(scripts));
    } finally {
      Context.exit();
    }
  }

  /**
   * Build step: transpiles the prelude into {@code args[0]}/dev/colony/runtime/prelude-compiled.
   * Run by Maven after compiling classes (see this module's pom).
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0], COMPILED.substring(1));
    Files.createDirectories(out);
    Transpiler transpiler = new Transpiler(true);
    for (String file : loadOrder()) {
      String source = file.equals(JSCOMP) ? JscompRuntime.source() : resource(SOURCES + file);
      if (source == null) {
        throw new IllegalStateException("prelude source " + file + " is missing");
      }
      Files.writeString(out.resolve(file), transpiler.transpile(Transpiler.PRELUDE_FILE_PREFIX + file, source).code());
    }
  }

  private static String resource(String path) {
    try (InputStream in = Prelude.class.getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }
}
