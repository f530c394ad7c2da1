package dev.colony.runtime.engine;

import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.mozilla.javascript.AccessorSlot;
import org.mozilla.javascript.Function;

/**
 * Rhino 1.9.2 marks the getter and setter of an accessor property transient, so a getter defined
 * in JavaScript comes back {@code undefined} after a restore. The writer swaps each accessor slot
 * for an {@link Image} holding the functions, and the reader rebuilds the slot from it.
 */
final class AccessorSlots {
  private static final Constructor<AccessorSlot> NEW_SLOT;
  private static final Field GETTER;
  private static final Field SETTER;
  private static final Field SLOT_NAME;
  private static final Field SLOT_INDEX;
  private static final Method GET_ATTRIBUTES;
  private static final Method SET_ATTRIBUTES;
  private static final Constructor<?> NEW_FUNCTION_GETTER;
  private static final Constructor<?> NEW_FUNCTION_SETTER;
  private static final Field GETTER_TARGET;
  private static final Field SETTER_TARGET;

  static {
    try {
      Class<?> slot = Class.forName("org.mozilla.javascript.Slot");
      Class<?> functionGetter = Class.forName("org.mozilla.javascript.AccessorSlot$FunctionGetter");
      Class<?> functionSetter = Class.forName("org.mozilla.javascript.AccessorSlot$FunctionSetter");
      NEW_SLOT = AccessorSlot.class.getDeclaredConstructor(Object.class, int.class);
      GETTER = AccessorSlot.class.getDeclaredField("getter");
      SETTER = AccessorSlot.class.getDeclaredField("setter");
      SLOT_NAME = slot.getDeclaredField("name");
      SLOT_INDEX = slot.getDeclaredField("indexOrHash");
      GET_ATTRIBUTES = slot.getDeclaredMethod("getAttributes");
      SET_ATTRIBUTES = slot.getDeclaredMethod("setAttributes", int.class);
      NEW_FUNCTION_GETTER = functionGetter.getDeclaredConstructor(Object.class);
      NEW_FUNCTION_SETTER = functionSetter.getDeclaredConstructor(Object.class);
      GETTER_TARGET = functionGetter.getDeclaredField("target");
      SETTER_TARGET = functionSetter.getDeclaredField("target");
      for (var member : new java.lang.reflect.AccessibleObject[] {NEW_SLOT, GETTER, SETTER, SLOT_NAME,
          SLOT_INDEX, GET_ATTRIBUTES, SET_ATTRIBUTES, NEW_FUNCTION_GETTER, NEW_FUNCTION_SETTER,
          GETTER_TARGET, SETTER_TARGET}) {
        member.setAccessible(true);
      }
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError("this Rhino version is not the one Colony was built for: " + e);
    }
  }

  private AccessorSlots() {}

  /** What a JavaScript accessor slot holds, in serialisable form. */
  record Image(Object name, int index, int attributes, Object getter, Object setter) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  static Image imageOf(AccessorSlot slot) {
    try {
      Object name = SLOT_NAME.get(slot);
      int index = name == null ? SLOT_INDEX.getInt(slot) : 0;
      return new Image(name, index, (int) GET_ATTRIBUTES.invoke(slot),
          target(GETTER.get(slot), GETTER_TARGET), target(SETTER.get(slot), SETTER_TARGET));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read an accessor property: " + e, e);
    }
  }

  private static Object target(Object accessor, Field targetField) throws IllegalAccessException {
    if (accessor == null) {
      return null;
    }
    if (accessor.getClass() != targetField.getDeclaringClass()) {
      throw new IllegalStateException("an accessor property defined in Java cannot be snapshotted");
    }
    Object target = targetField.get(accessor);
    return target instanceof Function ? target : null;
  }

  static AccessorSlot rebuild(Image image) {
    try {
      AccessorSlot slot = NEW_SLOT.newInstance(image.name(), image.index());
      SET_ATTRIBUTES.invoke(slot, image.attributes());
      if (image.getter() != null) {
        GETTER.set(slot, NEW_FUNCTION_GETTER.newInstance(image.getter()));
      }
      if (image.setter() != null) {
        SETTER.set(slot, NEW_FUNCTION_SETTER.newInstance(image.setter()));
      }
      return slot;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild an accessor property: " + e, e);
    }
  }
}
