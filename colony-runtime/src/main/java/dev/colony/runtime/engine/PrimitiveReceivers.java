package dev.colony.runtime.engine;

import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.TopLevel;
import org.mozilla.javascript.Undefined;

/**
 * {@code $colony.primitiveThis}: the receiver a strict function uses as a value, as Node passes
 * it (see transpile.StrictThis). Rhino boxes a primitive receiver before every call and passes
 * an undefined one as {@code Undefined.SCRIPTABLE_UNDEFINED}, whose typeof is 'object'. A
 * receiver whose prototype is exactly Number's, String's or Boolean's is taken for Rhino's box (an
 * explicit {@code new Number(5)} passed as this looks the same and is unboxed too). In Java
 * because it runs on every such use: a host call costs about a fifth of a JS helper's.
 */
final class PrimitiveReceivers {
  private PrimitiveReceivers() {}

  static Object unbox(Scriptable global, Object receiver) {
    if (Undefined.isUndefined(receiver)) {
      return Undefined.instance;
    }
    if (!(receiver instanceof ScriptableObject box)) {
      return receiver;
    }
    Scriptable proto = box.getPrototype();
    if (proto == TopLevel.getBuiltinPrototype(global, TopLevel.Builtins.Number)) {
      return box.getDefaultValue(ScriptRuntime.NumberClass);
    }
    if (proto == TopLevel.getBuiltinPrototype(global, TopLevel.Builtins.String)) {
      return box.getDefaultValue(ScriptRuntime.StringClass);
    }
    if (proto == TopLevel.getBuiltinPrototype(global, TopLevel.Builtins.Boolean)) {
      return box.getDefaultValue(ScriptRuntime.BooleanClass);
    }
    return receiver;
  }
}
