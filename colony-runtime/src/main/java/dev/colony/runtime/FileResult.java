package dev.colony.runtime;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link FileOperation} ended: what each one answers is said on its record. Results wait in
 * the program's inbox and travel in snapshots until the program's callback takes them.
 */
public sealed interface FileResult extends Serializable {
  /** Success without a value. */
  record Done() implements FileResult {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** The bytes a {@link FileOperation.Read} read. */
  record Data(byte[] bytes) implements FileResult {
    @Serial private static final long serialVersionUID = 1L;

    public Data {
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /** The entry a {@link FileOperation.Stat} found. */
  record Info(FileInfo info) implements FileResult {
    @Serial private static final long serialVersionUID = 1L;

    public Info {
      Objects.requireNonNull(info, "info");
    }
  }

  /** A {@link FileOperation.ReadDir}'s entries, sorted by name. */
  record Entries(List<FileInfo> entries) implements FileResult {
    @Serial private static final long serialVersionUID = 1L;

    /** Kept as an ArrayList: the snapshot allow-list admits no JDK immutable lists. */
    public Entries {
      entries = new ArrayList<>(entries);
    }
  }

  /**
   * A refusal or a failure: {@code code} as Node names it ({@code ENOENT}, {@code EEXIST}, …,
   * {@code EIO} when the store failed), {@code message} one line for people.
   */
  record Failure(String code, String message) implements FileResult {
    @Serial private static final long serialVersionUID = 1L;

    public Failure {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }
}
