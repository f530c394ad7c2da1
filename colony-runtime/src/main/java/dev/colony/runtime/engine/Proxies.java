package dev.colony.runtime.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Set;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Tells Rhino's proxies from other objects and reads their target and handler. Their class,
 * {@code NativeProxy}, is package-private in Rhino; the prelude (proxy.js) does a proxy's
 * [[GetOwnProperty]] itself, since Rhino's fails with a Java NullPointerException on a
 * getOwnPropertyDescriptor trap that returns undefined. Both read null once the proxy is revoked.
 */
public final class Proxies {
  private static final Class<?> NATIVE_PROXY;
  private static final VarHandle TARGET;
  private static final VarHandle HANDLER;

  static {
    try {
      NATIVE_PROXY = Class.forName("org.mozilla.javascript.NativeProxy");
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(NATIVE_PROXY, MethodHandles.lookup());
      TARGET = lookup.findVarHandle(NATIVE_PROXY, "targetObj", ScriptableObject.class);
      HANDLER = lookup.findVarHandle(NATIVE_PROXY, "handlerObj", Scriptable.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError("this Rhino version is not the one Colony was built for: " + e);
    }
  }

  private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
  private static final int FRAMES_TO_A_HAS_TRAP = 40;
  private static final Set<String> ASSIGN_OR_DELETE = Set.of("putProperty", "putSuperProperty", "putConstProperty", "deleteProperty");

  private Proxies() {}

  /**
   * Whether the has trap running now was asked by Rhino's lookup of the object to assign or delete
   * on ({@code ScriptableObject.getBase} under {@code putProperty} or {@code deleteProperty}, run by
   * {@code p.x = v} and {@code delete p.x}): Node's [[Set]] and [[Delete]] of a proxy never ask
   * [[HasProperty]]. Walks the Java stack, so it costs a few microseconds per has trap call, and
   * nothing for objects that are not proxies.
   */
  static boolean hasTrapAskedByBaseLookup() {
    return STACK.walk(frames -> {
      List<StackWalker.StackFrame> recent = frames.limit(FRAMES_TO_A_HAS_TRAP).toList();
      for (int i = 0; i + 2 < recent.size(); i++) {
        if (recent.get(i).getDeclaringClass() == NATIVE_PROXY && recent.get(i).getMethodName().equals("has")) {
          return isScriptableObject(recent.get(i + 1), "getBase") && ASSIGN_OR_DELETE.contains(recent.get(i + 2).getMethodName())
              && isScriptableObject(recent.get(i + 2), recent.get(i + 2).getMethodName());
        }
      }
      return false;
    });
  }

  private static boolean isScriptableObject(StackWalker.StackFrame frame, String method) {
    return frame.getDeclaringClass() == ScriptableObject.class && frame.getMethodName().equals(method);
  }

  public static boolean isProxy(Object value) {
    return NATIVE_PROXY.isInstance(value);
  }

  /** The proxy's target, or null when revoked or not a proxy. */
  static Object targetOf(Object value) {
    return isProxy(value) ? TARGET.get(value) : null;
  }

  /** The handler Rhino calls (Colony's adapter of the user's handler), or null when revoked or not a proxy. */
  static Object handlerOf(Object value) {
    return isProxy(value) ? HANDLER.get(value) : null;
  }
}
