package dev.colony.runtime.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.ContinuationPending;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.serialize.ScriptableOutputStream;

/**
 * Runs JavaScript the way Colony's runtime does (Rhino interpreted, program scope apart from the
 * built-ins, capture from a Java function) and serialises it, so the filter meets real state.
 */
final class RhinoPrograms {
  private static final ContextFactory FACTORY = new SerializingContextFactory();
  private static final long LARGE_STACK_BYTES = 512L << 20;

  private RhinoPrograms() {}

  /**
   * Runs {@code source}, then calls its {@code main()} until that calls {@code capture()}; returns
   * the serialised program scope followed by the continuation.
   */
  static byte[] runUntilCapture(String source) {
    return onLargeStack(() -> {
      try (Context cx = FACTORY.enterContext()) {
        ScriptableObject builtins = builtins(cx);
        Scriptable program = cx.newObject(builtins);
        program.setPrototype(builtins);
        program.setParentScope(null);
        cx.evaluateString(program, source, "program.js", 1, null);
        try {
          cx.callFunctionWithContinuations(
              (org.mozilla.javascript.Function) program.get("main", program), program, new Object[0]);
        } catch (ContinuationPending pending) {
          return write(builtins, program, pending.getContinuation());
        }
        throw new AssertionError("main() returned without calling capture()");
      }
    });
  }

  /** Serialises what {@code build} makes, e.g. a hand-made object graph. */
  static byte[] serialise(Function<ScriptableObject, Object> build) {
    return onLargeStack(() -> {
      try (Context cx = FACTORY.enterContext()) {
        ScriptableObject builtins = builtins(cx);
        return write(builtins, build.apply(builtins));
      }
    });
  }

  /**
   * Reads state written by {@link #runUntilCapture} through {@link SnapshotStateInput} and resumes
   * it, with {@code capture()} returning "R"; returns what main() returns.
   */
  static String resume(byte[] state) {
    return onLargeStack(() -> {
      try (Context cx = FACTORY.enterContext();
          SnapshotStateInput in = SnapshotStateInput.open(state, builtins(cx))) {
        Scriptable program = (Scriptable) in.readObject();
        Object continuation = in.readObject();
        return Context.toString(cx.resumeContinuation(continuation, program, "R"));
      }
    });
  }

  /** Runs {@code action} inside a serialising Context on a thread with a large stack. */
  static <T> T inContext(Function<ScriptableObject, T> action) {
    return inContext(LARGE_STACK_BYTES, action);
  }

  /** Runs {@code action} inside a serialising Context on a thread with the given stack size. */
  static <T> T inContext(long stackBytes, Function<ScriptableObject, T> action) {
    return onStack(stackBytes, () -> {
      try (Context cx = FACTORY.enterContext()) {
        return action.apply(builtins(cx));
      }
    });
  }

  /** Rhino (de)serialisation recurses per object link: give it the stack a runtime would. */
  private static <T> T onLargeStack(Callable<T> action) {
    return onStack(LARGE_STACK_BYTES, action);
  }

  private static <T> T onStack(long stackBytes, Callable<T> action) {
    FutureTask<T> task = new FutureTask<>(action);
    Thread thread = new Thread(null, task, "rhino-stack-" + stackBytes, stackBytes);
    thread.start();
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A fresh standard scope holding the host function capture(). */
  private static ScriptableObject builtins(Context cx) {
    ScriptableObject builtins = cx.initStandardObjects();
    builtins.defineProperty("capture", new Capture(), ScriptableObject.DONTENUM);
    return builtins;
  }

  /**
   * Writes {@code roots} with every built-in replaced by a by-name lookup, so they re-bind to the
   * reader's built-ins. (Rhino's own exclusion list knows only the ES5 built-ins.)
   */
  private static byte[] write(ScriptableObject builtins, Object... roots) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ScriptableOutputStream out = new ScriptableOutputStream(bytes, builtins)) {
      for (Object id : builtins.getAllIds()) {
        if (id instanceof String name
            && builtins.get(name, builtins) instanceof ScriptableObject value
            && value != builtins) {
          out.addExcludedName(name);
          if (value.get("prototype", value) instanceof Scriptable) {
            out.addExcludedName(name + ".prototype");
          }
        }
      }
      for (Object root : roots) {
        out.writeObject(root);
      }
    }
    return bytes.toByteArray();
  }

  /** capture(): suspends the script that calls it. */
  private static final class Capture extends BaseFunction {
    @Override
    public Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] args) {
      throw cx.captureContinuation();
    }
  }

  private static final class SerializingContextFactory extends ContextFactory {
    @Override
    protected boolean hasFeature(Context cx, int feature) {
      // Rhino 1.9 refuses to (de)serialise unless this feature is on; typed arrays are little-endian
      // as in the runtime, since Rhino caches that feature JVM-wide.
      return feature == Context.FEATURE_JAVA_SERIALIZATION || feature == Context.FEATURE_LITTLE_ENDIAN
          || super.hasFeature(cx, feature);
    }

    @Override
    protected void onContextCreated(Context cx) {
      super.onContextCreated(cx);
      cx.setInterpretedMode(true); // only the interpreter can capture continuations
      cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
    }
  }
}
