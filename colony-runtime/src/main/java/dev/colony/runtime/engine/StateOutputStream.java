package dev.colony.runtime.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.mozilla.javascript.AccessorSlot;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.Symbol;
import org.mozilla.javascript.serialize.ScriptableOutputStream;

/** Writes a program's state, replacing built-ins by their path and Rhino's unserialisable parts by images. */
final class StateOutputStream extends ScriptableOutputStream {
  private final BuiltinTable builtins;
  /** Every object that could key a weak collection, once written (see {@link WeakCollections}). */
  private final Set<Object> writtenKeyCandidates = Collections.newSetFromMap(new IdentityHashMap<>());
  private final WeakCollections weakCollections = new WeakCollections();

  StateOutputStream(OutputStream out, Scriptable scope, BuiltinTable builtins) throws IOException {
    super(out, scope);
    this.builtins = builtins;
  }

  /** Writes {@code root}, then the weak collection entries it reaches, then null (read by {@link WeakCollections#restoreEntries}). */
  void writeState(Object root) throws IOException {
    writeObject(root);
    List<WeakCollections.Entries> pending;
    while (!(pending = weakCollections.pendingEntries(writtenKeyCandidates::contains)).isEmpty()) {
      for (WeakCollections.Entries entries : pending) {
        writeObject(entries);
      }
    }
    writeObject(null);
  }

  @Override
  protected Object replaceObject(Object obj) throws IOException {
    if (obj instanceof Scriptable || obj instanceof Symbol) {
      writtenKeyCandidates.add(obj);
    }
    String path = builtins.pathOf(obj);
    if (path != null) {
      return new BuiltinRef(path);
    }
    if (WeakCollections.isWeakCollection(obj)) {
      weakCollections.noteWritten(obj);
    }
    if (obj instanceof StringBuilder text) {
      // Some of Rhino's built-ins (String.raw among them) return a JS string as a StringBuilder; the
      // value is immutable to JS, so its text is all a snapshot needs.
      return text.toString();
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
