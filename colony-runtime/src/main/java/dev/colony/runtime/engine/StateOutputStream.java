package dev.colony.runtime.engine;

import java.io.IOException;
import java.io.OutputStream;
import org.mozilla.javascript.AccessorSlot;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.serialize.ScriptableOutputStream;

/** Writes a program's state, replacing built-ins by their path and fixing accessor slots. */
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
    return super.replaceObject(obj);
  }
}
