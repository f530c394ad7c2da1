package dev.colony.runtime.snapshot;

import java.util.Objects;

/**
 * A decoded snapshot: its verified header and the program state it wraps. The state array is handed
 * over, not copied (it can be hundreds of MiB).
 */
public record Snapshot(SnapshotHeader header, byte[] state) {
  public Snapshot {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(state, "state");
  }
}
