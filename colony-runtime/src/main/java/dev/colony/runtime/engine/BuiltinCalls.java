package dev.colony.runtime.engine;

import java.lang.reflect.Field;
import java.util.function.UnaryOperator;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.SerializableCallable;

/**
 * Replaces what a Rhino built-in function does when called, keeping the function object itself:
 * built-ins are written to snapshots by name and found again in the fresh scope of a restore,
 * where the same replacement is installed, so the replacement is never serialised.
 */
final class BuiltinCalls {
  private static final Field CALL;

  static {
    try {
      CALL = LambdaFunction.class.getDeclaredField("target");
      CALL.setAccessible(true);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError("this Rhino version is not the one Colony was built for: " + e);
    }
  }

  private BuiltinCalls() {}

  /** Makes {@code function} call what {@code wrapper} builds around its current behaviour. */
  static void wrap(Object function, UnaryOperator<SerializableCallable> wrapper) {
    LambdaFunction builtin = (LambdaFunction) function;
    try {
      CALL.set(builtin, wrapper.apply((SerializableCallable) CALL.get(builtin)));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
