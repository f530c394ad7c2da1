package dev.colony.runtime.snapshot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.serialize.ScriptableInputStream;

/**
 * Reads program state written by Rhino's {@code ScriptableOutputStream}, through a
 * {@link SnapshotClassFilter}. Every failure, including a refused class, a corrupt stream and a
 * graph too deep for the thread's stack, becomes a {@link SnapshotException}.
 *
 * <p>Call it inside a Rhino {@code Context} whose factory enables
 * {@code Context.FEATURE_JAVA_SERIALIZATION}, on a thread with a large stack: deserialisation
 * recurses once per nesting level of the object graph.
 */
public final class SnapshotStateInput implements AutoCloseable {
  private final ScriptableInputStream in;
  private final SnapshotClassFilter filter;

  private SnapshotStateInput(ScriptableInputStream in, SnapshotClassFilter filter) {
    this.in = in;
    this.filter = filter;
  }

  /** Makes the object stream that reads the state: Rhino's, or a subclass that resolves more. */
  @FunctionalInterface
  public interface StreamOpener {
    ScriptableInputStream open(InputStream in) throws IOException;
  }

  /**
   * Opens {@code state} for reading; names the stream replaced by lookups (the built-ins) resolve in
   * {@code scope}.
   */
  public static SnapshotStateInput open(byte[] state, Scriptable scope) {
    return open(state, in -> new ScriptableInputStream(in, scope), SnapshotClassFilter.Limits.forStateOf(state.length));
  }

  public static SnapshotStateInput open(byte[] state, StreamOpener opener, SnapshotClassFilter.Limits limits) {
    SnapshotClassFilter filter = new SnapshotClassFilter(limits);
    try {
      ScriptableInputStream in = opener.open(new ByteArrayInputStream(state));
      in.setObjectInputFilter(filter);
      return new SnapshotStateInput(in, filter);
    } catch (IOException e) {
      throw new SnapshotException("snapshot state is not a serialised object stream (" + e.getMessage() + ")", e);
    }
  }

  /** The next object of the stream. */
  public Object readObject() {
    try {
      return in.readObject();
    } catch (IOException | ClassNotFoundException | RuntimeException | StackOverflowError e) {
      // Once the filter has refused, whatever surfaces (Rhino may wrap it) is that refusal.
      throw filter.refusal().map(reason -> new SnapshotException(reason, e)).orElseGet(() -> explain(e));
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new SnapshotException("closing snapshot state failed", e);
    }
  }

  private static SnapshotException explain(Throwable e) {
    return switch (e) {
      case SnapshotException fromColonyClass -> fromColonyClass;
      case StackOverflowError tooDeep -> new SnapshotException("snapshot state is nested too deeply "
          + "for this thread's stack (read it on a thread with a larger stack)", tooDeep);
      case ClassNotFoundException missing -> new SnapshotException(
          "snapshot state names a class this runtime does not have: " + missing.getMessage(), missing);
      case InvalidClassException changed -> new SnapshotException(
          "snapshot state does not fit this runtime's classes (" + changed.getMessage() + ")", changed);
      // Rhino's readObject methods trust their input: a damaged stream can fail in any of them.
      default -> new SnapshotException("snapshot state is corrupt (" + e + ")", e);
    };
  }
}
