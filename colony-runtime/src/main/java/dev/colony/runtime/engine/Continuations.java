package dev.colony.runtime.engine;

import java.lang.reflect.Field;
import org.mozilla.javascript.Context;

/**
 * Tells whether Rhino can capture a continuation right now, without trying.
 *
 * <p>A capture is only possible when every frame between here and the entry point is an
 * interpreted frame started by {@code callFunctionWithContinuations}. Rhino finds out by walking
 * the frames and freezing them as it goes, so a refused attempt leaves frozen frames behind and
 * can corrupt the program (shared/notes/js-runtime.md, trap 7). This walks the same chain, read-only.
 */
final class Continuations {
  private static final Field LAST_FRAME;
  private static final Field PARENT_FRAME;
  private static final Field IS_TOP_FRAME;

  static {
    try {
      LAST_FRAME = Context.class.getDeclaredField("lastInterpreterFrame");
      Class<?> frameClass = Class.forName("org.mozilla.javascript.Interpreter$CallFrame");
      PARENT_FRAME = frameClass.getDeclaredField("parentFrame");
      IS_TOP_FRAME = frameClass.getDeclaredField("isContinuationsTopFrame");
      LAST_FRAME.setAccessible(true);
      PARENT_FRAME.setAccessible(true);
      IS_TOP_FRAME.setAccessible(true);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError("this Rhino version is not the one Colony was built for: " + e);
    }
  }

  private Continuations() {}

  static boolean canCapture(Context cx) {
    try {
      Object frame = LAST_FRAME.get(cx);
      if (frame == null || !frame.getClass().getName().endsWith("Interpreter$CallFrame")) {
        return false;
      }
      Object parent;
      while ((parent = PARENT_FRAME.get(frame)) != null) {
        frame = parent;
      }
      return IS_TOP_FRAME.getBoolean(frame);
    } catch (IllegalAccessException e) {
      return false;
    }
  }
}
