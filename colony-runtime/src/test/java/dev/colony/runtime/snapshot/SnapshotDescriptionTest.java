package dev.colony.runtime.snapshot;

import static dev.colony.runtime.snapshot.SnapshotSamples.RUNTIME;
import static dev.colony.runtime.snapshot.SnapshotSamples.codec;
import static dev.colony.runtime.snapshot.SnapshotSamples.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.snapshot.SnapshotSummary.CapturePoint;
import dev.colony.runtime.snapshot.SnapshotSummary.PendingTimer;
import dev.colony.runtime.snapshot.SnapshotSummary.Variable;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDescriptionTest {

  @Test
  void rendersFieldsTimersAndVariables() {
    SnapshotHeader header = codec().readHeader(codec().encode(header(), new byte[300_000]));

    assertThat(SnapshotDescription.render(header)).isEqualTo("""
        program:       sensor-7
        generation:    12
        created:       2025-11-23T10:40:00.123Z
        runtime:       colony-runtime/0.1 rhino/1.9.2
        format:        2
        captured at:   safepoint
        program clock: 1 min 3.210 s
        console lines: 42
        state:         293.0 KiB (300000 bytes), %s compressed
        microtasks:    3
        timers:        3
        variables:     3

        Timers
          ID  KIND       REMAINING  REPEAT   CALLBACK
          1   interval   250 ms     1.000 s  tick
          4   timeout    5.000 s    -        (anonymous)
          9   immediate  0 ms       -        flush

        Variables
          NAME      TYPE    PREVIEW
          count     number  42
          readings  Map     Map(2) {"a" => 1, "b" => 2}
          名前      string  "héllo wörld ✓ 🐝"
        """.formatted(SnapshotDescription.size(header.payloadSize())));
  }

  @Test
  void emptySummaryHasNoTables() {
    String text = SnapshotDescription.render(SnapshotSamples.emptyHeader());

    assertThat(text).contains("captured at:   event-boundary\n", "state:         0 B, 0 B compressed\n",
        "timers:        0\n", "variables:     0\n");
    assertThat(text).doesNotContain("Timers", "Variables");
  }

  @Test
  void programTextCannotReachTheTerminal() {
    SnapshotSummary summary = new SnapshotSummary(CapturePoint.EVENT_BOUNDARY, 0, 0,
        List.of(new PendingTimer(1, PendingTimer.Kind.TIMEOUT, 0, 0, "x".repeat(100))), 0,
        List.of(new Variable("\u001b[31mred", "string", "line\nbreak \u202Eevil")));
    SnapshotHeader header = SnapshotHeader.of(RUNTIME, "id\r\n", 1, Instant.EPOCH, summary);

    String text = SnapshotDescription.render(header);

    assertThat(text).doesNotContain("\u001b", "\r", "\u202E")
        .contains("program:       id\\u000D\\u000A\n")
        .contains("\\u001B[31mred  string  line\\u000Abreak \\u202Eevil\n")
        .contains("x".repeat(39) + "…\n")
        .doesNotContain("x".repeat(40));
    assertThat(text.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
  }

  @Test
  void durationsAndSizesReadNaturally() {
    assertThat(SnapshotDescription.duration(999)).isEqualTo("999 ms");
    assertThat(SnapshotDescription.duration(59_999)).isEqualTo("59.999 s");
    assertThat(SnapshotDescription.duration(3_723_004)).isEqualTo("1 h 2 min 3.004 s");
    assertThat(SnapshotDescription.size(1023)).isEqualTo("1023 B");
    assertThat(SnapshotDescription.size(512L << 20)).isEqualTo("512.0 MiB (536870912 bytes)");
  }
}
