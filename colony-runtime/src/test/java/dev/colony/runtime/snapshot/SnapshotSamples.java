package dev.colony.runtime.snapshot;

import dev.colony.runtime.snapshot.SnapshotSummary.CapturePoint;
import dev.colony.runtime.snapshot.SnapshotSummary.PendingTimer;
import dev.colony.runtime.snapshot.SnapshotSummary.Variable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Headers, states and codecs the snapshot tests share. */
final class SnapshotSamples {
  static final String RUNTIME = "colony-runtime/0.1 rhino/1.9.2";
  static final SnapshotKey KEY = SnapshotKey.of(bytes(32, 7), "test key");
  static final SnapshotKey OTHER_KEY = SnapshotKey.of(bytes(32, 8), "other test key");

  private SnapshotSamples() {}

  static SnapshotCodec codec() {
    return new SnapshotCodec(KEY, RUNTIME);
  }

  static SnapshotHeader header() {
    SnapshotSummary summary = new SnapshotSummary(
        CapturePoint.SAFEPOINT,
        63_210,
        42,
        List.of(
            new PendingTimer(1, PendingTimer.Kind.INTERVAL, 250, 1000, "tick"),
            new PendingTimer(4, PendingTimer.Kind.TIMEOUT, 5000, 0, ""),
            new PendingTimer(9, PendingTimer.Kind.IMMEDIATE, 0, 0, "flush")),
        3,
        List.of(
            new Variable("count", "number", "42"),
            new Variable("readings", "Map", "Map(2) {\"a\" => 1, \"b\" => 2}"),
            new Variable("名前", "string", "\"héllo wörld ✓ 🐝\"")));
    return SnapshotHeader.of(
        RUNTIME, "sensor-7", 12, Instant.parse("2025-11-23T10:40:00.123456Z"), summary);
  }

  static SnapshotHeader emptyHeader() {
    SnapshotSummary summary =
        new SnapshotSummary(CapturePoint.EVENT_BOUNDARY, 0, 0, List.of(), 0, List.of());
    return SnapshotHeader.of(RUNTIME, "p", 0, Instant.EPOCH, summary);
  }

  static byte[] state() {
    return "the program's serialised state, repeated to compress: ".repeat(40)
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] bytes(int length, int seed) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (seed * 31 + i);
    }
    return bytes;
  }
}
