package dev.colony.runtime.engine;

import dev.colony.runtime.transpile.SafepointInsertion;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.JSFunction;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.SerializableCallable;
import org.mozilla.javascript.Undefined;

/**
 * The {@code $colony} object: the Java functions the prelude builds Node's globals on. Installed
 * hidden (not enumerable, not deletable) before the prelude runs; the program's own code only sees
 * what the prelude makes of it.
 */
final class HostObject {
  static final String NAME = "$colony";

  private HostObject() {}

  static void install(ScriptableObject global) {
    NativeObject host = new NativeObject();
    ScriptRuntime.setBuiltinProtoAndParent(host, global, org.mozilla.javascript.TopLevel.Builtins.Object);
    define(host, global, "write", 2, (cx, scope, self, args) -> {
      runner(cx).write(ScriptRuntime.toInt32(arg(args, 0)), ScriptRuntime.toString(arg(args, 1)));
      return Undefined.instance;
    });
    define(host, global, "setTimer", 4, (cx, scope, self, args) -> runner(cx).setTimer(
        arg(args, 0), ScriptRuntime.toNumber(arg(args, 1)), ScriptRuntime.toBoolean(arg(args, 2)), arrayArg(cx, args, 3)));
    define(host, global, "setImmediate", 2, (cx, scope, self, args) ->
        runner(cx).setImmediate(arg(args, 0), arrayArg(cx, args, 1)));
    define(host, global, "clearTimer", 1, (cx, scope, self, args) -> {
      runner(cx).clearTimer(ScriptRuntime.toNumber(arg(args, 0)));
      return Undefined.instance;
    });
    define(host, global, "enqueueMicrotask", 1, (cx, scope, self, args) -> {
      runner(cx).enqueueMicrotask(arg(args, 0));
      return Undefined.instance;
    });
    // also asked while the scope is built (BuiltinTable), before any program owns it: epoch 0 then
    define(host, global, "restoreEpoch", 0, (cx, scope, self, args) -> {
      ProgramRunner runner = SandboxContextFactory.runnerOf(cx);
      return runner == null ? 0 : runner.restoreEpoch();
    });
    define(host, global, "trackRejection", 2, (cx, scope, self, args) -> {
      runner(cx).trackRejection(arg(args, 0), ScriptRuntime.toBoolean(arg(args, 1)));
      return Undefined.instance;
    });
    define(host, global, "topLevel", 1, (cx, scope, self, args) -> {
      runner(cx).registerTopLevel(arg(args, 0));
      return Undefined.instance;
    });
    // pubsub.js checks the arguments' types; handlers are functions, an absent one is undefined.
    define(host, global, "subscribe", 2, (cx, scope, self, args) -> {
      runner(cx).subscribe(ScriptRuntime.toString(arg(args, 0)), arg(args, 1));
      return Undefined.instance;
    });
    define(host, global, "unsubscribe", 2, (cx, scope, self, args) -> {
      runner(cx).unsubscribe(ScriptRuntime.toString(arg(args, 0)), Undefined.isUndefined(arg(args, 1)) ? null : arg(args, 1));
      return Undefined.instance;
    });
    define(host, global, "publish", 2, (cx, scope, self, args) -> {
      runner(cx).publish(ScriptRuntime.toString(arg(args, 0)), ScriptRuntime.toString(arg(args, 1)));
      return Undefined.instance;
    });
    define(host, global, "subscriptionHandlers", 1, (cx, scope, self, args) ->
        cx.newArray(scope, runner(cx).subscriptionHandlers(ScriptRuntime.toString(arg(args, 0)))));
    // fs.js checks the arguments; the outcome calls `done(code, message, value)` as an event.
    define(host, global, "fileCall", 3, (cx, scope, self, args) -> {
      String refused = runner(cx).fileCall(ScriptRuntime.toString(arg(args, 0)), arrayArg(cx, args, 1), arg(args, 2));
      return refused == null ? null : refused;
    });
    define(host, global, "decodeUtf8", 1, (cx, scope, self, args) -> FileCalls.decodeUtf8(arg(args, 0)));
    define(host, global, "utf8Length", 1, (cx, scope, self, args) -> (double) FileCalls.utf8Length(ScriptRuntime.toString(arg(args, 0))));
    define(host, global, "markNegativeZeros", 2, (cx, scope, self, args) -> {
      String marked = JsonNegativeZeros.mark(ScriptRuntime.toString(arg(args, 0)), ScriptRuntime.toString(arg(args, 1)));
      return marked == null ? null : marked;
    });
    // Whether a class's base is built in (not interpreted code): its instances must be made by it.
    define(host, global, "isNativeFunction", 1, (cx, scope, self, args) ->
        arg(args, 0) instanceof BaseFunction && !(arg(args, 0) instanceof JSFunction));
    define(host, global, "primitiveThis", 1, (cx, scope, self, args) -> PrimitiveReceivers.unbox(global, arg(args, 0)));
    define(host, global, "isProxy", 1, (cx, scope, self, args) -> Proxies.isProxy(arg(args, 0)));
    define(host, global, "proxyTarget", 1, (cx, scope, self, args) -> Proxies.targetOf(arg(args, 0)));
    define(host, global, "hasTrapAskedByBaseLookup", 0, (cx, scope, self, args) -> Proxies.hasTrapAskedByBaseLookup());
    define(host, global, "proxyHandler", 1, (cx, scope, self, args) -> Proxies.handlerOf(arg(args, 0)));
    // Rhino passes a proxy's construct trap its arguments as a Java array.
    define(host, global, "javaArrayToJs", 1, (cx, scope, self, args) ->
        arg(args, 0) instanceof Object[] array ? cx.newArray(scope, array.clone()) : arg(args, 0));
    ScriptableObject.defineProperty(global, NAME, host, hidden());
    ScriptableObject.defineProperty(global, SafepointInsertion.FLAG, Boolean.FALSE, ScriptableObject.DONTENUM);
    ScriptableObject.defineProperty(global, SafepointInsertion.FUNCTION,
        new LambdaFunction(global, SafepointInsertion.FUNCTION, 0, (cx, scope, self, args) -> {
          runner(cx).safepoint(cx);
          return Undefined.instance;
        }), hidden());
  }

  /**
   * The runner of the program calling: the Context's, not one captured here, so a scope can be
   * built ahead on another thread and handed to whichever runner takes it.
   */
  private static ProgramRunner runner(Context cx) {
    ProgramRunner runner = SandboxContextFactory.runnerOf(cx);
    if (runner == null) {
      throw new IllegalStateException("a host function was called while the scope was being built, before any program owns it");
    }
    return runner;
  }

  private static int hidden() {
    return ScriptableObject.DONTENUM | ScriptableObject.PERMANENT | ScriptableObject.READONLY;
  }

  private static void define(NativeObject host, Scriptable scope, String name, int arity, SerializableCallable body) {
    ScriptableObject.defineProperty(host, name, new LambdaFunction(scope, name, arity, body), hidden());
  }

  private static Object arg(Object[] args, int index) {
    return index < args.length ? args[index] : Undefined.instance;
  }

  private static Object[] arrayArg(Context cx, Object[] args, int index) {
    Object value = arg(args, index);
    return value instanceof NativeArray array ? cx.getElements(array) : ScriptRuntime.emptyArgs;
  }
}
