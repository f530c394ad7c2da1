package dev.colony.runtime.snapshot;

import static dev.colony.runtime.snapshot.SnapshotSummary.requireNotNegative;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything a snapshot says about itself outside its (compressed, signed) state.
 *
 * @param formatVersion version of the byte layout ({@link SnapshotCodec#FORMAT_VERSION} when written)
 * @param runtimeVersion the runtime that captured the state, e.g. "colony-runtime/0.1 rhino/1.9.2";
 *     state is only resumable by exactly the same runtime
 * @param programId the program's id, stable across migrations
 * @param generation bumped on every resume, so two engines never run the same generation
 * @param createdAt when the snapshot was taken, to the millisecond
 * @param payloadSize bytes of compressed state in the snapshot
 * @param stateSize bytes of state once inflated
 * @param summary what describe shows without deserialising the state
 */
public record SnapshotHeader(
    int formatVersion,
    String runtimeVersion,
    String programId,
    long generation,
    Instant createdAt,
    long payloadSize,
    long stateSize,
    SnapshotSummary summary) {

  public SnapshotHeader {
    Objects.requireNonNull(runtimeVersion, "runtimeVersion");
    Objects.requireNonNull(programId, "programId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(summary, "summary");
    if (runtimeVersion.isEmpty() || programId.isEmpty()) {
      throw new IllegalArgumentException("runtimeVersion and programId must not be empty");
    }
    requireNotNegative(generation, "generation");
    requireNotNegative(payloadSize, "payloadSize");
    requireNotNegative(stateSize, "stateSize");
    // The format stores epoch milliseconds: keep only what survives a round trip.
    createdAt = Instant.ofEpochMilli(createdAt.toEpochMilli());
  }

  /**
   * A header for a snapshot about to be written: {@link SnapshotCodec#encode} fills in the format
   * version and both sizes.
   */
  public static SnapshotHeader of(
      String runtimeVersion,
      String programId,
      long generation,
      Instant createdAt,
      SnapshotSummary summary) {
    return new SnapshotHeader(
        SnapshotCodec.FORMAT_VERSION, runtimeVersion, programId, generation, createdAt, 0, 0, summary);
  }

  SnapshotHeader withLayout(int formatVersion, long payloadSize, long stateSize) {
    return new SnapshotHeader(
        formatVersion, runtimeVersion, programId, generation, createdAt, payloadSize, stateSize, summary);
  }
}
