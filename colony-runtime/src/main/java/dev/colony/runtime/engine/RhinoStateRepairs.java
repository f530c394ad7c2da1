package dev.colony.runtime.engine;

import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Hashtable;
import org.mozilla.javascript.NewLiteralStorage;
import org.mozilla.javascript.Symbol;
import org.mozilla.javascript.SymbolKey;

/**
 * Rhino 1.9.2 objects whose Java serialisation is broken, each swapped for a serialisable image
 * when written and rebuilt when read. Each was found by a conformance program coming back wrong:
 * <ul>
 *   <li>a compiled regular expression with a character class does not serialise at all;</li>
 *   <li>an object literal under construction (on the stack of a capture) does not serialise;</li>
 *   <li>a Map or Set keeps each entry's identity hash, so object keys are not found after a restore;</li>
 *   <li>{@code Symbol.for} symbols lose their identity with the JVM-wide registry;</li>
 *   <li>a property keyed by a symbol keeps the symbol's identity hash, so it is not found after a
 *       restore (repaired in place: the slot itself serialises).</li>
 * </ul>
 */
final class RhinoStateRepairs {
  private static final Class<?> RE_COMPILED;
  private static final Field RE_SOURCE;
  private static final Field RE_FLAGS;
  private static final Field[] LITERAL_FIELDS;
  private static final Constructor<?> NAME_INFERENCE;
  private static final Constructor<?> NO_INFERENCE;
  private static final Method SYMBOL_REGISTRY;
  private static final Class<?> SLOT;
  private static final Field SLOT_NAME;
  private static final Field SLOT_HASH;
  /** Rhino's regular expression flag bits and the letters they stand for. */
  private static final int[] FLAG_BITS;
  private static final String FLAG_LETTERS = "gimsyu";

  static {
    try {
      Class<?> nativeRegExp = Class.forName("org.mozilla.javascript.regexp.NativeRegExp");
      RE_COMPILED = Class.forName("org.mozilla.javascript.regexp.RECompiled");
      RE_SOURCE = RE_COMPILED.getDeclaredField("source");
      RE_FLAGS = RE_COMPILED.getDeclaredField("flags");
      FLAG_BITS = new int[FLAG_LETTERS.length()];
      String[] names = {"JSREG_GLOB", "JSREG_FOLD", "JSREG_MULTILINE", "JSREG_DOTALL", "JSREG_STICKY", "JSREG_UNICODE"};
      for (int i = 0; i < names.length; i++) {
        FLAG_BITS[i] = nativeRegExp.getField(names[i]).getInt(null);
      }
      LITERAL_FIELDS = new Field[] {
          field(NewLiteralStorage.class, "keys"), field(NewLiteralStorage.class, "getterSetters"),
          field(NewLiteralStorage.class, "values"), field(NewLiteralStorage.class, "index"),
          field(NewLiteralStorage.class, "skipIndexes"), field(NewLiteralStorage.class, "spreadAdjustments")};
      NAME_INFERENCE = Class.forName("org.mozilla.javascript.NewLiteralStorage$NameInference")
          .getDeclaredConstructor(Object[].class, int.class, boolean.class);
      NO_INFERENCE = Class.forName("org.mozilla.javascript.NewLiteralStorage$NoInference")
          .getDeclaredConstructor(Object[].class, int.class, boolean.class);
      SYMBOL_REGISTRY = Class.forName("org.mozilla.javascript.NativeSymbol").getDeclaredMethod("getGlobalMap");
      SLOT = Class.forName("org.mozilla.javascript.Slot");
      SLOT_NAME = field(SLOT, "name");
      SLOT_HASH = field(SLOT, "indexOrHash");
      for (AccessibleObject member : new AccessibleObject[] {RE_SOURCE, RE_FLAGS, NAME_INFERENCE,
          NO_INFERENCE, SYMBOL_REGISTRY}) {
        member.setAccessible(true);
      }
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError("this Rhino version is not the one Colony was built for: " + e);
    }
  }

  private RhinoStateRepairs() {}

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  record RegExpImage(String source, String flags) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  record LiteralImage(boolean nameInference, Object[] fields) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  record HashtableImage(Object[] keys, Object[] values) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  record RegisteredSymbol(String name) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** The image to write instead of {@code obj}, or {@code obj} itself when it serialises correctly. */
  static Object replace(Object obj) throws ReflectiveOperationException {
    if (RE_COMPILED.isInstance(obj)) {
      return new RegExpImage(new String((char[]) RE_SOURCE.get(obj)), flags(RE_FLAGS.getInt(obj)));
    }
    if (obj instanceof NewLiteralStorage literal) {
      Object[] fields = new Object[LITERAL_FIELDS.length];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = LITERAL_FIELDS[i].get(literal);
      }
      return new LiteralImage(NAME_INFERENCE.getDeclaringClass().isInstance(literal), fields);
    }
    if (obj instanceof Hashtable table) {
      Object[] keys = new Object[table.size()];
      Object[] values = new Object[table.size()];
      int i = 0;
      for (Hashtable.Entry entry : table) {
        keys[i] = entry.key();
        values[i++] = entry.value();
      }
      return new HashtableImage(keys, values);
    }
    if (obj instanceof SymbolKey key && key.getKind() == Symbol.Kind.REGISTERED) {
      return new RegisteredSymbol(key.getName());
    }
    return obj;
  }

  /** The live object an image stands for, or {@code obj} itself when it is no image. */
  static Object resolve(Object obj) throws ReflectiveOperationException {
    if (SLOT.isInstance(obj) && SLOT_NAME.get(obj) instanceof Symbol key) {
      SLOT_HASH.setInt(obj, key.hashCode());
      return obj;
    }
    return switch (obj) {
      case RegExpImage image -> RegExpRepairs.compile(Context.getCurrentContext(), image.source(), image.flags());
      case LiteralImage image -> {
        Object[] keys = (Object[]) image.fields()[0];
        Object literal = (image.nameInference() ? NAME_INFERENCE : NO_INFERENCE)
            .newInstance(null, keys == null ? 0 : keys.length, false);
        for (int i = 0; i < LITERAL_FIELDS.length; i++) {
          LITERAL_FIELDS[i].set(literal, image.fields()[i]);
        }
        yield literal;
      }
      case HashtableImage image -> {
        Hashtable table = new Hashtable();
        for (int i = 0; i < image.keys().length; i++) {
          table.put(image.keys()[i], image.values()[i]);
        }
        yield table;
      }
      case RegisteredSymbol symbol -> {
        @SuppressWarnings("unchecked")
        Map<String, SymbolKey> registry = (Map<String, SymbolKey>) SYMBOL_REGISTRY.invoke(null);
        yield registry.computeIfAbsent(symbol.name(), name -> new SymbolKey(name, Symbol.Kind.REGISTERED));
      }
      default -> obj;
    };
  }

  private static String flags(int bits) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < FLAG_BITS.length; i++) {
      if ((bits & FLAG_BITS[i]) != 0) {
        letters.append(FLAG_LETTERS.charAt(i));
      }
    }
    return letters.toString();
  }
}
