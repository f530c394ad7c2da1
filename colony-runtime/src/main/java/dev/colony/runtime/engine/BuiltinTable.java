package dev.colony.runtime.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.SymbolKey;
import org.mozilla.javascript.Undefined;

/**
 * Every object a fresh program starts with (built-ins, prelude objects and compiled prelude code,
 * host functions, well-known symbols), each under a path that is the same in every fresh program. The snapshot writer
 * replaces these objects by their path and the reader puts back the object at the same path in
 * its own fresh program: built-ins are not serialisable (Java lambdas inside) and must keep their
 * identity (shared/notes/js-runtime.md, traps 3 and 4).
 */
final class BuiltinTable {
  private final Map<Object, String> pathByObject = new IdentityHashMap<>();
  private final Map<String, Object> objectByPath = new HashMap<>();

  /** Walks a fresh program's scope; call after the prelude ran and before any user code. */
  static BuiltinTable of(Context cx, ScriptableObject global) {
    BuiltinTable table = new BuiltinTable();
    Object host = ScriptableObject.getProperty(global, HostObject.NAME);
    Function walk = (Function) ScriptableObject.getProperty((ScriptableObject) host, "walkBuiltins");
    NativeArray result = (NativeArray) walk.call(cx, global, global, new Object[0]);
    List<?> paths = (List<?>) result.get(0);
    List<?> objects = (List<?>) result.get(1);
    for (int i = 0; i < paths.size(); i++) {
      table.add(paths.get(i).toString(), objects.get(i));
    }
    Prelude.get().code().forEach(table::add);
    table.addWellKnownSymbolKeys();
    // The `this` Rhino gives a strict function called with undefined: a frame holding it must get
    // the same singleton back, and it is not serialisable anyway.
    table.add("Undefined.SCRIPTABLE_UNDEFINED", Undefined.SCRIPTABLE_UNDEFINED);
    return table;
  }

  private void add(String path, Object object) {
    if (!pathByObject.containsKey(object) && !objectByPath.containsKey(path)) {
      pathByObject.put(object, path);
      objectByPath.put(path, object);
    }
  }

  /** Property maps hold well-known symbols as Java constants, which must stay the same instances. */
  private void addWellKnownSymbolKeys() {
    for (Field field : SymbolKey.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == SymbolKey.class) {
        try {
          add("SymbolKey." + field.getName(), field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  String pathOf(Object object) {
    return pathByObject.get(object);
  }

  Object objectAt(String path) {
    return objectByPath.get(path);
  }

  int size() {
    return objectByPath.size();
  }
}
