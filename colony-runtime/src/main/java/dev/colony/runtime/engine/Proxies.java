package dev.colony.runtime.engine;

/**
 * Tells Rhino's proxies from other objects. Their class, {@code NativeProxy}, is package-private in
 * Rhino; the prelude asks before walking an object's own properties itself, since Rhino's proxy
 * fails on a getOwnPropertyDescriptor trap that returns undefined (a Java NullPointerException).
 */
final class Proxies {
  private static final Class<?> NATIVE_PROXY;

  static {
    try {
      NATIVE_PROXY = Class.forName("org.mozilla.javascript.NativeProxy");
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError("this Rhino version is not the one Colony was built for: " + e);
    }
  }

  private Proxies() {}

  static boolean isProxy(Object value) {
    return NATIVE_PROXY.isInstance(value);
  }
}
