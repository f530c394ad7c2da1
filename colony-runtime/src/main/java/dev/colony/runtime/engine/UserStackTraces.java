package dev.colony.runtime.engine;

import dev.colony.runtime.transpile.LineMap;
import dev.colony.runtime.transpile.Transpiler;
import java.io.Serial;
import java.lang.reflect.Field;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptStackElement;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Error stacks that point into what the user wrote. Rhino numbers the lines of the transpiled
 * code, and the prelude's frames (Closure's generator engine, the JS Promise) sit between the
 * user's. Installed as {@code Error.prepareStackTrace}, the hook Rhino calls to build every
 * {@code stack}, this formatter keeps Rhino's frame style ({@code "\tat file.js:6:7 (name)"}, which
 * the console turns into V8's), maps the program's lines back through its {@link LineMap}, adds
 * the column, and leaves out the prelude's frames, as Node shows no frames of its built-ins'
 * internals. It holds no state: it finds the program through the Context.
 */
final class UserStackTraces extends BaseFunction {
  @Serial private static final long serialVersionUID = 1L;

  private static final String PRELUDE_FILES = Transpiler.PRELUDE_FILE_PREFIX;
  /** The key under which Rhino attaches {@code NativeError.ProtoProps} to an error prototype. */
  private static final String ERROR_SETTINGS = "_ErrorPrototypeProps";
  private static final String[] ERROR_CONSTRUCTORS = {"EvalError", "RangeError", "ReferenceError",
      "SyntaxError", "TypeError", "URIError", "AggregateError", "InternalError"};
  private static final Field CALL_SITE_ELEMENT;
  private static final Field ERROR_STACK_PROVIDER;

  static {
    try {
      CALL_SITE_ELEMENT = Class.forName("org.mozilla.javascript.NativeCallSite").getDeclaredField("element");
      ERROR_STACK_PROVIDER = Class.forName("org.mozilla.javascript.NativeError").getDeclaredField("stackProvider");
      CALL_SITE_ELEMENT.setAccessible(true);
      ERROR_STACK_PROVIDER.setAccessible(true);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError("this Rhino version is not the one Colony was built for: " + e);
    }
  }

  private UserStackTraces() {}

  /**
   * Rhino reads the hook (and {@code stackTraceLimit}) from settings attached to the error's own
   * prototype, and only {@code Error.prototype} has them: the other native error prototypes share
   * its settings here, so {@code Error.prepareStackTrace} and {@code Error.stackTraceLimit} apply to
   * every error, as in V8.
   */
  static void installIn(Scriptable global) {
    Scriptable error = (Scriptable) ScriptableObject.getProperty(global, "Error");
    ScriptableObject.putProperty(error, "prepareStackTrace", new UserStackTraces());
    Object settings = prototypeOf(error).getAssociatedValue(ERROR_SETTINGS);
    for (String name : ERROR_CONSTRUCTORS) {
      if (ScriptableObject.getProperty(global, name) instanceof Scriptable constructor) {
        prototypeOf(constructor).associateValue(ERROR_SETTINGS, settings);
      }
    }
  }

  private static ScriptableObject prototypeOf(Scriptable constructor) {
    return (ScriptableObject) ScriptableObject.getProperty(constructor, "prototype");
  }

  /** {@code Error.prepareStackTrace(error, callSites)}. */
  @Override
  public Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] args) {
    Scriptable sites = (Scriptable) args[1];
    long count = ((Number) ScriptableObject.getProperty(sites, "length")).longValue();
    ProgramRunner runner = SandboxContextFactory.runnerOf(cx);
    ProgramState program = runner == null ? null : runner.state();
    StringBuilder stack = new StringBuilder();
    for (int i = 0; i < count; i++) {
      ScriptStackElement frame = elementOf(ScriptableObject.getProperty(sites, i));
      if (frame.fileName == null || !frame.fileName.startsWith(PRELUDE_FILES)) {
        stack.append("\tat ").append(position(program, frame));
        if (frame.functionName != null) {
          stack.append(" (").append(frame.functionName).append(')');
        }
        stack.append('\n');
      }
    }
    return stack.toString();
  }

  /**
   * Where an uncaught exception comes from in the user's file, as {@code "file.js:6:7"}, or null.
   * An Error keeps the stack of where it was made, not of a later rethrow (lowered generators and
   * async functions rethrow every error from the prelude).
   */
  static String origin(ProgramState program, RhinoException thrown) {
    RhinoException origin = thrown;
    if (thrown instanceof JavaScriptException js && errorStack(js.getValue()) instanceof RhinoException made) {
      origin = made;
    }
    return firstUserFrame(program, origin.getScriptStack());
  }

  /** Where a rejection reason was made, when it is an Error, as {@code "file.js:6:7"}, or null. */
  static String origin(ProgramState program, Object reason) {
    return errorStack(reason) instanceof RhinoException made ? firstUserFrame(program, made.getScriptStack()) : null;
  }

  private static String firstUserFrame(ProgramState program, ScriptStackElement[] frames) {
    if (program == null) {
      return null;
    }
    for (ScriptStackElement frame : frames) {
      if (program.fileName.equals(frame.fileName)) {
        return position(program, frame);
      }
    }
    return null;
  }

  private static String position(ProgramState program, ScriptStackElement frame) {
    if (program == null || !program.fileName.equals(frame.fileName)) {
      return frame.fileName + ":" + frame.lineNumber;
    }
    int column = program.lineMap.originalColumn(frame.lineNumber);
    return frame.fileName + ":" + program.lineMap.originalLine(frame.lineNumber) + (column > 0 ? ":" + column : "");
  }

  private static Object errorStack(Object value) {
    try {
      return ERROR_STACK_PROVIDER.getDeclaringClass().isInstance(value) ? ERROR_STACK_PROVIDER.get(value) : null;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ScriptStackElement elementOf(Object callSite) {
    try {
      return (ScriptStackElement) CALL_SITE_ELEMENT.get(callSite);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
