package dev.colony.runtime.engine;

import java.io.IOException;
import java.io.OutputStream;
import org.mozilla.javascript.AccessorSlot;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.serialize.ScriptableOutputStream;

/** Writes a program's state, replacing built-ins by their path and Rhino's unserialisable parts by images. */
final class StateOutputStream extends ScriptableOutputStream {
  private final BuiltinTable builtins;

  StateOutputStream(OutputStream out, Scriptable scope, BuiltinTable builtins) throws IOException {
    super(out, scope);
    this.builtins = builtins;
  }

  @Override
  protected Object replaceObject(Object obj) throws IOException {
    String path = builtins.pathOf(obj);
    if (path != null) {
      return new BuiltinRef(path);
    }
    if (obj instanceof AccessorSlot slot && slot.getClass() == AccessorSlot.class) {
      return AccessorSlots.imageOf(slot);
    }
    try {
      Object repaired = RhinoStateRepairs.replace(obj);
      return repaired != obj ? repaired : super.replaceObject(obj);
    } catch (ReflectiveOperationException e) {
      throw new IOException("cannot read Rhino's state: " + e, e);
    }
  }
}
