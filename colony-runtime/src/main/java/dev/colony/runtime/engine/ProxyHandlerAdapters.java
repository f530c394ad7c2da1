package dev.colony.runtime.engine;

import java.lang.reflect.Field;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaConstructor;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.SerializableConstructable;

/**
 * Makes {@code new Proxy(target, handler)} and {@code Proxy.revocable} give Rhino an adapter of the
 * user's handler (made by the prelude's {@code $colony.proxyAdapter}, see proxy.js), whose set,
 * construct, deleteProperty and has traps correct what Rhino 1.9.2's proxy passes them. The
 * constructor object itself stays Rhino's (a built-in found again by path on restore, where the
 * same replacement is installed); the adapters are plain JS objects that serialise with the proxy.
 */
final class ProxyHandlerAdapters {
  private static final Field CONSTRUCT;

  static {
    try {
      CONSTRUCT = LambdaConstructor.class.getDeclaredField("targetConstructor");
      CONSTRUCT.setAccessible(true);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError("this Rhino version is not the one Colony was built for: " + e);
    }
  }

  private ProxyHandlerAdapters() {}

  static void installIn(ScriptableObject global) {
    LambdaConstructor proxy = (LambdaConstructor) ScriptableObject.getProperty(global, "Proxy");
    try {
      SerializableConstructable rhino = (SerializableConstructable) CONSTRUCT.get(proxy);
      CONSTRUCT.set(proxy, (SerializableConstructable) (cx, scope, args) -> {
        Object[] adapted = adaptHandler(cx, scope, args);
        Scriptable made = rhino.construct(cx, scope, adapted);
        madeProxy(cx, scope, adapted, made);
        return made;
      });
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    BuiltinCalls.wrap(ScriptableObject.getProperty(proxy, "revocable"), rhino -> (cx, scope, thisObj, args) -> {
      Object[] adapted = adaptHandler(cx, scope, args);
      Object made = rhino.call(cx, scope, thisObj, adapted);
      madeProxy(cx, scope, adapted, ScriptableObject.getProperty((Scriptable) made, "proxy"));
      return made;
    });
  }

  private static Object[] adaptHandler(Context cx, Scriptable scope, Object[] args) {
    if (args.length < 2) {
      return args;
    }
    Object[] adapted = args.clone();
    adapted[1] = prelude(scope, "proxyAdapter").call(cx, scope, scope, new Object[] {args[1]});
    return adapted;
  }

  private static void madeProxy(Context cx, Scriptable scope, Object[] adapted, Object proxy) {
    if (adapted.length >= 2) {
      prelude(scope, "adapterMadeProxy").call(cx, scope, scope, new Object[] {adapted[1], proxy});
    }
  }

  private static Function prelude(Scriptable scope, String name) {
    Scriptable global = ScriptableObject.getTopLevelScope(scope);
    return (Function) ScriptableObject.getProperty((Scriptable) ScriptableObject.getProperty(global, HostObject.NAME), name);
  }
}
