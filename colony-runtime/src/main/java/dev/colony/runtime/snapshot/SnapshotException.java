package dev.colony.runtime.snapshot;

/**
 * Any reason a snapshot cannot be written, read, verified or trusted. The message is one line meant
 * for the person running Colony; it never carries the key or the snapshot's contents.
 *
 * <p>Unchecked so that it can travel through {@link java.io.ObjectInputFilter} and Rhino callbacks
 * unchanged; the CLI and REST edges catch it and show the message.
 */
public final class SnapshotException extends RuntimeException {
  public SnapshotException(String message) {
    super(message);
  }

  public SnapshotException(String message, Throwable cause) {
    super(message, cause);
  }
}
