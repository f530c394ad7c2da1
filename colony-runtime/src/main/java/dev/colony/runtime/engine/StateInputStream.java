package dev.colony.runtime.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.serialize.ScriptableInputStream;

/** Reads what {@link StateOutputStream} wrote into a fresh program (the class allow-list is set by its opener). */
final class StateInputStream extends ScriptableInputStream {
  private final BuiltinTable builtins;

  StateInputStream(InputStream in, Scriptable scope, BuiltinTable builtins) throws IOException {
    super(in, scope);
    this.builtins = builtins;
  }

  @Override
  protected Object resolveObject(Object obj) throws IOException {
    if (obj instanceof BuiltinRef ref) {
      Object builtin = builtins.objectAt(ref.path());
      if (builtin == null) {
        throw new InvalidObjectException("snapshot refers to a built-in this runtime does not have: " + ref.path());
      }
      return builtin;
    }
    if (obj instanceof AccessorSlots.Image image) {
      return AccessorSlots.rebuild(image);
    }
    try {
      Object repaired = RhinoStateRepairs.resolve(obj);
      return repaired != obj ? repaired : super.resolveObject(obj);
    } catch (ReflectiveOperationException e) {
      throw new IOException("cannot rebuild Rhino's state: " + e, e);
    }
  }
}
