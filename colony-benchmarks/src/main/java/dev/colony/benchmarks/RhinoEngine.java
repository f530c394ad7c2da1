package dev.colony.benchmarks;

import dev.colony.runtime.transpile.JsSyntaxException;
import dev.colony.runtime.transpile.JscompRuntime;
import dev.colony.runtime.transpile.Transpiler;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Runs kernels on plain Rhino 1.9.2, interpreted, {@code VERSION_ECMASCRIPT}, standard objects,
 * no sandbox (no instruction observer, no class shutter): the engine under Colony without
 * anything Colony adds. Each run is a fresh scope on a fresh thread, like a Colony program.
 *
 * <ul>
 *   <li>{@link Mode#SOURCE}: the kernel as written, wrapped in a function as Colony and Node wrap
 *       a program. One textual change: {@code const} is read as {@code let}, because Rhino 1.9.2
 *       keeps a loop body's {@code const} at its first value (and rejects
 *       {@code for (const x of …)}); both are equally block-scoped, so correct programs mean the
 *       same. Whatever else Rhino cannot parse or gets wrong makes the kernel a skip.
 *   <li>{@link Mode#LOWERED}: the kernel transpiled by Colony's transpiler without safepoints,
 *       on Closure's {@code $jscomp} runtime: the cost of lowering alone.
 * </ul>
 */
final class RhinoEngine implements KernelEngine {
  enum Mode { SOURCE, LOWERED }

  private static final ContextFactory FACTORY = new ContextFactory();
  private static final Pattern CONST = Pattern.compile("\\bconst\\b");
  private static final long THREAD_STACK_BYTES = 1L << 30;

  private final Mode mode;
  private Script jscompRuntime;

  RhinoEngine(Mode mode) {
    this.mode = mode;
  }

  @Override
  public Prepared prepare(Kernel kernel) throws KernelFailure {
    String code;
    if (mode == Mode.SOURCE) {
      code = CONST.matcher(kernel.source()).replaceAll("let");
    } else {
      try {
        code = new Transpiler(false).transpile(kernel.fileName(), kernel.source()).code();
      } catch (JsSyntaxException e) {
        throw new KernelFailure("does not compile: " + e.getMessage(), e);
      }
    }
    Script script;
    Context cx = enter();
    try {
      script = cx.compileString("(function () {" + code + "\n})", kernel.fileName(), 1, null);
      if (mode == Mode.LOWERED && jscompRuntime == null) {
        jscompRuntime = cx.compileString(jscompRuntimeSource(), "jscomp.js", 1, null);
      }
    } catch (EvaluatorException e) {
      throw new KernelFailure("Rhino cannot parse it: " + e.details() + " (line " + e.lineNumber() + ")", e);
    } finally {
      Context.exit();
    }
    Script runtime = jscompRuntime;
    return () -> run(script, runtime);
  }

  private static Context enter() {
    Context cx = FACTORY.enterContext();
    cx.setInterpretedMode(true);
    cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
    return cx;
  }

  private KernelRun run(Script script, Script runtime) throws KernelFailure {
    LineRecorder out = new LineRecorder();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long start = System.nanoTime();
    Thread thread = new Thread(null, () -> {
      Context cx = enter();
      try {
        ScriptableObject scope = cx.initStandardObjects();
        installConsole(scope, out);
        if (runtime != null) {
          // What lowered #private members ask Colony's host for.
          cx.evaluateString(scope, "var $colony = { privateName: function (d) { return Symbol(d); } };", "host.js", 1, null);
          runtime.exec(cx, scope, scope);
        }
        Function main = (Function) script.exec(cx, scope, scope);
        main.call(cx, scope, scope, ScriptRuntime.emptyArgs);
        cx.processMicrotasks();
      } catch (Throwable t) {
        failure.set(t);
      } finally {
        Context.exit();
      }
    }, "rhino-bench", THREAD_STACK_BYTES);
    thread.start();
    try {
      thread.join(ColonyEngine.RUN_TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KernelFailure("interrupted");
    }
    if (thread.isAlive()) {
      // Plain Rhino has no way to stop a running script from outside: the thread is left to finish.
      throw new KernelFailure("did not end within " + ColonyEngine.RUN_TIMEOUT.toSeconds() + " s");
    }
    long wall = System.nanoTime() - start;
    Throwable t = failure.get();
    if (t instanceof RhinoException e) {
      throw new KernelFailure("threw " + e.details() + " (" + e.sourceName() + ":" + e.lineNumber() + ")", e);
    } else if (t != null) {
      throw new KernelFailure("failed: " + t, t);
    }
    return new KernelRun(out.lines(), out.kernelNanos(), out.kernelCpuNanos(), wall);
  }

  /** {@code console.log} (and {@code print}) joining arguments with spaces, as the kernels use them. */
  private static void installConsole(ScriptableObject scope, LineRecorder out) {
    LambdaFunction log = new LambdaFunction(scope, "log", 0, (cx, s, self, args) -> {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < args.length; i++) {
        line.append(i == 0 ? "" : " ").append(Context.toString(args[i]));
      }
      out.stdout(line.toString());
      return Undefined.instance;
    });
    NativeObject console = new NativeObject();
    for (String name : List.of("log", "info", "warn", "error")) {
      ScriptableObject.putProperty(console, name, log);
    }
    ScriptableObject.putProperty(scope, "console", console);
    ScriptableObject.putProperty(scope, "print", log);
  }

  /** Closure's transpilation runtime, as Colony's prelude builds it, lowered without safepoints. */
  private static String jscompRuntimeSource() {
    return new Transpiler(false).transpile("jscomp.js", JscompRuntime.source()).code();
  }
}
