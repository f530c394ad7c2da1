package dev.colony.runtime.engine;

import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.mozilla.javascript.NativeWeakMap;
import org.mozilla.javascript.NativeWeakSet;

/**
 * Rhino 1.9.2 keeps the entries of a WeakMap or WeakSet in a transient {@link WeakHashMap}, so they
 * are lost in a snapshot. The writer notes every weak collection it writes and, once the rest of
 * the state is written, appends their entries as {@link Entries} records; the reader puts them back.
 *
 * <p>Weakness is kept as an ephemeron: an entry is written only when its key was written anyway
 * (so the program could still reach it); writing its value may make more keys reachable, so this
 * repeats until nothing new is found. An entry whose key is unreachable could never be looked up
 * again, and is dropped as a garbage collector would.
 */
final class WeakCollections {
  private static final Field WEAK_MAP_ENTRIES;
  private static final Field WEAK_SET_ENTRIES;
  /** What a WeakMap stores for a JavaScript {@code null} value (a plain Object, not serialisable). */
  private static final Object WEAK_MAP_NULL;

  static {
    try {
      WEAK_MAP_ENTRIES = NativeWeakMap.class.getDeclaredField("map");
      WEAK_SET_ENTRIES = NativeWeakSet.class.getDeclaredField("map");
      Field nullValue = NativeWeakMap.class.getDeclaredField("NULL_VALUE");
      for (Field field : new Field[] {WEAK_MAP_ENTRIES, WEAK_SET_ENTRIES, nullValue}) {
        field.setAccessible(true);
      }
      WEAK_MAP_NULL = nullValue.get(null);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError("this Rhino version is not the one Colony was built for: " + e);
    }
  }

  /** Entries of one weak collection; a JavaScript null value is written as null. */
  record Entries(Object collection, Object[] keys, Object[] values) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    /** Puts these entries back into the collection's fresh (empty after reading) map. */
    void restore() {
      Map<Object, Object> entries = entriesOf(collection);
      boolean isMap = collection instanceof NativeWeakMap;
      for (int i = 0; i < keys.length; i++) {
        entries.put(keys[i], isMap && values[i] == null ? WEAK_MAP_NULL : values[i]);
      }
    }
  }

  /** Reads the records {@link StateOutputStream#writeState} appends after the root, up to its null, and restores them. */
  static void restoreEntries(Supplier<Object> next) {
    Object entries;
    while ((entries = next.get()) != null) {
      ((Entries) entries).restore();
    }
  }

  /** The weak collections one writer met, and which of their keys it has written the entry of. */
  private final Map<Object, Set<Object>> writtenKeysByCollection = new IdentityHashMap<>();

  static boolean isWeakCollection(Object obj) {
    return obj instanceof NativeWeakMap || obj instanceof NativeWeakSet;
  }

  /** Call for every weak collection the writer writes. */
  void noteWritten(Object collection) {
    writtenKeysByCollection.computeIfAbsent(collection, c -> Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /**
   * The entries not yet written whose key {@code isWritten}, one record per collection; empty when
   * there are none left.
   */
  List<Entries> pendingEntries(Predicate<Object> isWritten) {
    List<Entries> pending = new ArrayList<>();
    for (Map.Entry<Object, Set<Object>> collection : List.copyOf(writtenKeysByCollection.entrySet())) {
      List<Object> keys = new ArrayList<>();
      List<Object> values = new ArrayList<>();
      for (Map.Entry<Object, Object> entry : entriesOf(collection.getKey()).entrySet()) {
        Object key = entry.getKey();
        if (key != null && isWritten.test(key) && collection.getValue().add(key)) {
          keys.add(key);
          values.add(entry.getValue() == WEAK_MAP_NULL ? null : entry.getValue());
        }
      }
      if (!keys.isEmpty()) {
        pending.add(new Entries(collection.getKey(), keys.toArray(), values.toArray()));
      }
    }
    return pending;
  }

  @SuppressWarnings("unchecked")
  private static Map<Object, Object> entriesOf(Object collection) {
    try {
      Field field = collection instanceof NativeWeakMap ? WEAK_MAP_ENTRIES : WEAK_SET_ENTRIES;
      return (Map<Object, Object>) field.get(collection);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot reach a weak collection's entries: " + e, e);
    }
  }
}
