package dev.colony.runtime.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import org.mozilla.javascript.Hashtable;
import org.mozilla.javascript.NativeMap;
import org.mozilla.javascript.NativeSet;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Keeps the BigInt 0 a key of its own in Maps and Sets, as in Node ({@code new Set([0n, -0n, 0])}
 * has two elements).
 *
 * <p>Rhino 1.9.2's {@code Map.prototype.set}, {@code Set.prototype.add} and {@code Set.prototype.has}
 * turn every key numerically equal to -0 into the number 0 (ECMAScript stores +0 for -0), and that
 * test catches {@code 0n} too: it was stored, and looked up by {@code Set.has}, as the number 0.
 * The collection's own {@link Hashtable} compares keys correctly (SameValueZero tells a BigInt from a
 * number), so these three methods send a BigInt zero key straight to it; every other key takes
 * Rhino's path after one type test. The table keeps the BigInt as its key, also through the image
 * {@link RhinoStateRepairs} writes to a snapshot, and iteration order is the table's insertion order.
 *
 * <p>Not covered: Rhino's own callers of these paths inside {@code Set.prototype.union} and the other
 * ES2025 set methods (Node 20 has none of them).
 */
final class BigIntZeroKeys {
  private static final VarHandle MAP_ENTRIES;
  private static final VarHandle MAP_IS_MAP;
  private static final VarHandle SET_ENTRIES;
  private static final VarHandle SET_IS_SET;

  static {
    try {
      MethodHandles.Lookup maps = MethodHandles.privateLookupIn(NativeMap.class, MethodHandles.lookup());
      MethodHandles.Lookup sets = MethodHandles.privateLookupIn(NativeSet.class, MethodHandles.lookup());
      MAP_ENTRIES = maps.findVarHandle(NativeMap.class, "entries", Hashtable.class);
      MAP_IS_MAP = maps.findVarHandle(NativeMap.class, "instanceOfMap", boolean.class);
      SET_ENTRIES = sets.findVarHandle(NativeSet.class, "entries", Hashtable.class);
      SET_IS_SET = sets.findVarHandle(NativeSet.class, "instanceOfSet", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError("this Rhino version is not the one Colony was built for: " + e);
    }
  }

  private BigIntZeroKeys() {}

  static void installIn(Scriptable global) {
    BuiltinCalls.wrap(method(global, "Map", "set"), rhino -> (cx, scope, thisObj, args) -> {
      Hashtable entries = bigIntZeroKey(args) ? mapEntries(thisObj) : null;
      if (entries == null) {
        return rhino.call(cx, scope, thisObj, args);
      }
      entries.put(args[0], args.length > 1 ? args[1] : Undefined.instance);
      return thisObj;
    });
    BuiltinCalls.wrap(method(global, "Set", "add"), rhino -> (cx, scope, thisObj, args) -> {
      Hashtable entries = bigIntZeroKey(args) ? setEntries(thisObj) : null;
      if (entries == null) {
        return rhino.call(cx, scope, thisObj, args);
      }
      entries.put(args[0], args[0]);
      return thisObj;
    });
    BuiltinCalls.wrap(method(global, "Set", "has"), rhino -> (cx, scope, thisObj, args) -> {
      Hashtable entries = bigIntZeroKey(args) ? setEntries(thisObj) : null;
      return entries == null ? rhino.call(cx, scope, thisObj, args) : entries.has(args[0]);
    });
  }

  private static Object method(Scriptable global, String constructor, String name) {
    Scriptable prototype = (Scriptable) ScriptableObject.getProperty(
        (Scriptable) ScriptableObject.getProperty(global, constructor), "prototype");
    return ScriptableObject.getProperty(prototype, name);
  }

  private static boolean bigIntZeroKey(Object[] args) {
    return args.length > 0 && args[0] instanceof BigInteger key && key.signum() == 0;
  }

  /** The table of a real Map, or null: then Rhino's method runs and rejects the receiver as Node does. */
  private static Hashtable mapEntries(Scriptable thisObj) {
    return thisObj instanceof NativeMap map && (boolean) MAP_IS_MAP.get(map) ? (Hashtable) MAP_ENTRIES.get(map) : null;
  }

  private static Hashtable setEntries(Scriptable thisObj) {
    return thisObj instanceof NativeSet set && (boolean) SET_IS_SET.get(set) ? (Hashtable) SET_ENTRIES.get(set) : null;
  }
}
