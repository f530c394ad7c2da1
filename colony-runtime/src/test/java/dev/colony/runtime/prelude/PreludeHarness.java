package dev.colony.runtime.prelude;

import dev.colony.runtime.engine.JsonNegativeZeros;
import dev.colony.runtime.engine.Proxies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * A minimal stand-in for the Colony runtime, for testing the prelude: one Rhino context in
 * interpreted mode, a {@code $colony} host object (microtask queue, restore epoch, rejection
 * tracking), {@code print}, {@code setTimeout} on a virtual clock, and an event loop that drains
 * microtasks after every task and then reports unhandled rejections the way Node does.
 */
final class PreludeHarness {

    /** -Dprelude.echo=true prints script output as it happens (for debugging hangs). */
    private static final boolean ECHO = Boolean.getBoolean("prelude.echo");

    static final String PRELUDE_DIR = "/dev/colony/runtime/prelude/";

    /** Enables Rhino's Java serialisation (off by default since 1.9). */
    static final ContextFactory FACTORY =
            new ContextFactory() {
                @Override
                protected boolean hasFeature(Context cx, int featureIndex) {
                    // Little-endian typed arrays as in the runtime: Rhino caches that feature JVM-wide.
                    if (featureIndex == Context.FEATURE_JAVA_SERIALIZATION
                            || featureIndex == Context.FEATURE_LITTLE_ENDIAN) {
                        return true;
                    }
                    return super.hasFeature(cx, featureIndex);
                }
            };

    private record Timer(double due, long seq, Function fn, Object[] args) {}

    final StringBuilder out = new StringBuilder();
    final Deque<Function> microtasks = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers =
            new PriorityQueue<>(
                    (a, b) -> a.due != b.due ? Double.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
    /** Rejected promises with no handler yet, in rejection order. */
    private final Map<Scriptable, Boolean> pendingUnhandled = new IdentityHashMap<>();
    private final List<Scriptable> pendingOrder = new ArrayList<>();
    private final Map<Scriptable, Boolean> reported = new IdentityHashMap<>();
    private final List<Scriptable> handledAfterReport = new ArrayList<>();
    private long timerSeq;
    private double now;
    int epoch;

    final Context cx;
    final ScriptableObject scope;
    final ScriptableObject colony;

    /** Enters a context on the current thread; call {@link #close()} when done. */
    PreludeHarness() {
        this(true, true);
    }

    PreludeHarness(boolean loadBuiltins, boolean loadPromise) {
        cx = FACTORY.enterContext();
        cx.setInterpretedMode(true);
        cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
        scope = cx.initSafeStandardObjects();
        colony = new NativeObject();
        colony.setPrototype(ScriptableObject.getObjectPrototype(scope));
        colony.setParentScope(scope);
        defineHost(colony, "enqueueMicrotask", args -> {
            if (!(args.length > 0 && args[0] instanceof Function f)) {
                throw ScriptRuntimeTypeError("enqueueMicrotask needs a function");
            }
            microtasks.add(f);
            return Undefined.instance;
        });
        defineHost(colony, "restoreEpoch", args -> epoch);
        defineHost(colony, "isProxy", args -> Proxies.isProxy(args[0]));
        defineHost(colony, "markNegativeZeros", args ->
                JsonNegativeZeros.mark(Context.toString(args[0]), Context.toString(args[1])));
        defineHost(colony, "trackRejection", args -> {
            Scriptable p = (Scriptable) args[0];
            boolean handled = Context.toBoolean(args[1]);
            if (!handled) {
                if (!pendingUnhandled.containsKey(p)) {
                    pendingUnhandled.put(p, Boolean.TRUE);
                    pendingOrder.add(p);
                }
            } else if (pendingUnhandled.remove(p) != null) {
                pendingOrder.remove(p);
            } else if (reported.remove(p) != null) {
                handledAfterReport.add(p);
            }
            return Undefined.instance;
        });
        ScriptableObject.defineProperty(scope, "$colony", colony, ScriptableObject.DONTENUM);
        defineHost(scope, "__write", args -> {
            out.append(Context.toString(args[0])).append('\n');
            if (ECHO) {
                System.out.println(Context.toString(args[0]));
            }
            return Undefined.instance;
        });
        defineHost(scope, "setTimeout", args -> {
            Function fn = (Function) args[0];
            double ms = args.length > 1 ? Context.toNumber(args[1]) : 0;
            if (!(ms >= 1)) {
                ms = 1;
            }
            Object[] rest = new Object[Math.max(0, args.length - 2)];
            System.arraycopy(args, Math.min(2, args.length), rest, 0, rest.length);
            timers.add(new Timer(now + ms, timerSeq++, fn, rest));
            return Undefined.instance;
        });
        eval(
                "function print() { var parts = []; for (var i = 0; i < arguments.length; i++) {"
                        + " parts[i] = String(arguments[i]); } __write(parts.join(' ')); }",
                "harness");
        if (loadBuiltins) {
            eval(resource(PRELUDE_DIR + "builtins.js"), "builtins.js");
        }
        if (loadPromise) {
            eval(resource(PRELUDE_DIR + "promise.js"), "promise.js");
        }
        baselineGlobals = List.copyOf(globalObjects().keySet());
    }

    /** The global names holding objects once the prelude is loaded, before any test script. */
    final List<String> baselineGlobals;

    private static RuntimeException ScriptRuntimeTypeError(String message) {
        return org.mozilla.javascript.ScriptRuntime.typeError(message);
    }

    interface HostBody {
        Object call(Object[] args);
    }

    static void defineHost(ScriptableObject target, String name, HostBody body) {
        BaseFunction fn =
                new BaseFunction() {
                    @Override
                    public Object call(Context c, Scriptable s, Scriptable thisObj, Object[] args) {
                        return body.call(args);
                    }

                    @Override
                    public String getFunctionName() {
                        return name;
                    }
                };
        ScriptableObject.defineProperty(target, name, fn, ScriptableObject.DONTENUM);
    }

    static String resource(String path) {
        try (InputStream in = PreludeHarness.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Object eval(String source, String name) {
        return cx.evaluateString(scope, source, name, 1, null);
    }

    /** Evaluates a script, then runs the event loop to completion; returns everything printed. */
    String run(String source, String name) {
        try {
            eval(source, name);
        } catch (RhinoException e) {
            out.append("uncaught: ").append(describe(e)).append('\n');
        }
        runLoop();
        return out.toString();
    }

    void runLoop() {
        while (true) {
            drainMicrotasks();
            reportRejections();
            Timer t = timers.poll();
            if (t == null) {
                return;
            }
            now = t.due;
            try {
                t.fn.call(cx, scope, scope, t.args);
            } catch (RhinoException e) {
                out.append("uncaught: ").append(describe(e)).append('\n');
            }
        }
    }

    void drainMicrotasks() {
        Function job;
        while ((job = microtasks.poll()) != null) {
            try {
                job.call(cx, scope, scope, new Object[0]);
            } catch (RhinoException e) {
                out.append("uncaught: ").append(describe(e)).append('\n');
            }
        }
    }

    private void reportRejections() {
        for (Scriptable p : handledAfterReport) {
            out.append("rejection handled\n");
        }
        handledAfterReport.clear();
        for (Scriptable p : pendingOrder) {
            Object state = ((Function) colony.get("promiseState", colony)).call(cx, scope, colony, new Object[] {p});
            Object reason = ((Scriptable) state).get("value", (Scriptable) state);
            Object text = ((Function) scope.get("String", scope)).call(cx, scope, scope, new Object[] {reason});
            out.append("unhandled rejection: ").append(Context.toString(text)).append('\n');
            reported.put(p, Boolean.TRUE);
        }
        pendingOrder.clear();
        pendingUnhandled.clear();
    }

    private static String describe(RhinoException e) {
        return e.details();
    }

    List<String> excludedNames() {
        Scriptable names = (Scriptable) colony.get("preludeExcludedNames", colony);
        List<String> result = new ArrayList<>();
        Object[] ids = names.getIds();
        for (Object id : ids) {
            if (id instanceof Integer i) {
                result.add(Context.toString(names.get(i, names)));
            }
        }
        return result;
    }

    /** Names of the global properties holding objects, in definition order. */
    Map<String, Object> globalObjects() {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Object id : scope.getAllIds()) {
            if (id instanceof String n) {
                Object v = scope.get(n, scope);
                if (v instanceof Scriptable) {
                    result.put(n, v);
                }
            }
        }
        return result;
    }

    void close() {
        Context.exit();
    }
}
