package dev.colony.runtime.snapshot;

import static dev.colony.runtime.snapshot.SnapshotSamples.KEY;
import static dev.colony.runtime.snapshot.SnapshotSamples.OTHER_KEY;
import static dev.colony.runtime.snapshot.SnapshotSamples.RUNTIME;
import static dev.colony.runtime.snapshot.SnapshotSamples.codec;
import static dev.colony.runtime.snapshot.SnapshotSamples.header;
import static dev.colony.runtime.snapshot.SnapshotSamples.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colony.runtime.snapshot.SnapshotSummary.PendingTimer;
import dev.colony.runtime.snapshot.SnapshotSummary.Variable;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {

  @Test
  void roundTripKeepsEveryFieldAndTheState() {
    byte[] state = state();
    byte[] bytes = codec().encode(header(), state);

    Snapshot snapshot = codec().decode(bytes);

    SnapshotHeader read = snapshot.header();
    assertThat(snapshot.state()).isEqualTo(state);
    assertThat(read.formatVersion()).isEqualTo(SnapshotCodec.FORMAT_VERSION);
    assertThat(read.runtimeVersion()).isEqualTo(RUNTIME);
    assertThat(read.programId()).isEqualTo("sensor-7");
    assertThat(read.generation()).isEqualTo(12);
    assertThat(read.createdAt()).isEqualTo(Instant.parse("2025-11-23T10:40:00.123Z"));
    assertThat(read.stateSize()).isEqualTo(state.length);
    assertThat(read.payloadSize()).isPositive().isLessThan(state.length / 4);
    assertThat(bytes).hasSize((int) (SnapshotFrame.MIN_SNAPSHOT_BYTES
        + HeaderCodec.write(read).length + read.payloadSize()));
    assertThat(read.summary()).isEqualTo(header().summary());
    assertThat(read.summary().timers()).containsExactly(
        new PendingTimer(1, PendingTimer.Kind.INTERVAL, 250, 1000, "tick"),
        new PendingTimer(4, PendingTimer.Kind.TIMEOUT, 5000, 0, ""),
        new PendingTimer(9, PendingTimer.Kind.IMMEDIATE, 0, 0, "flush"));
    assertThat(read.summary().variables()).containsExactly(
        new Variable("count", "number", "42"),
        new Variable("readings", "Map", "Map(2) {\"a\" => 1, \"b\" => 2}"),
        new Variable("名前", "string", "\"héllo wörld ✓ 🐝\""));
  }

  @Test
  void readHeaderReturnsWhatDecodeReturnsWithoutTheState() {
    byte[] bytes = codec().encode(header(), state());

    assertThat(codec().readHeader(bytes)).isEqualTo(codec().decode(bytes).header());
  }

  @Test
  void emptyStateAndEmptySummaryRoundTrip() {
    Snapshot snapshot = codec().decode(codec().encode(SnapshotSamples.emptyHeader(), new byte[0]));

    assertThat(snapshot.state()).isEmpty();
    assertThat(snapshot.header().summary()).isEqualTo(SnapshotSamples.emptyHeader().summary());
  }

  @Test
  void fieldsAtTheirLimitsRoundTrip() {
    String longest = "x".repeat(HeaderCodec.MAX_STRING_BYTES);
    List<PendingTimer> timers = Collections.nCopies(HeaderCodec.MAX_ITEMS,
        new PendingTimer(Long.MAX_VALUE, PendingTimer.Kind.INTERVAL, Long.MAX_VALUE, 1, "t"));
    SnapshotSummary summary = new SnapshotSummary(SnapshotSummary.CapturePoint.EVENT_BOUNDARY,
        Long.MAX_VALUE, Long.MAX_VALUE, timers, Integer.MAX_VALUE,
        List.of(Variable.shortened("v", "string", longest)));
    SnapshotHeader header = SnapshotHeader.of(RUNTIME, longest, Long.MAX_VALUE,
        Instant.ofEpochMilli(-1), summary);

    SnapshotHeader read = codec().readHeader(codec().encode(header, new byte[] {1}));

    assertThat(read.programId()).isEqualTo(longest);
    assertThat(read.summary()).isEqualTo(summary);
    assertThat(read.summary().variables().get(0).preview()).hasSize(80).endsWith("x…");
  }

  @Test
  void byteFlippedInHeaderPayloadOrSignatureBreaksTheSignature() {
    byte[] bytes = codec().encode(header(), state());
    SnapshotFrame frame = SnapshotFrame.locate(bytes, SnapshotCodec.FORMAT_VERSION);
    int[] positions = {frame.headerOffset(), frame.payloadOffset() - 1, frame.payloadOffset(),
        frame.signatureOffset() - 1, frame.signatureOffset(), bytes.length - 1};

    for (int position : positions) {
      byte[] altered = bytes.clone();
      altered[position] ^= 0x01;
      assertThatThrownBy(() -> codec().decode(altered))
          .as("flipped byte at %d", position)
          .isInstanceOf(SnapshotException.class)
          .hasMessage("snapshot signature does not match: the file was altered or signed with another key");
    }
  }

  @Test
  void snapshotSignedWithAnotherKeyIsRefused() {
    byte[] bytes = new SnapshotCodec(OTHER_KEY, RUNTIME).encode(header(), state());

    assertThatThrownBy(() -> codec().decode(bytes))
        .hasMessage("snapshot signature does not match: the file was altered or signed with another key");
    assertThatThrownBy(() -> codec().readHeader(bytes))
        .hasMessage("snapshot signature does not match: the file was altered or signed with another key");
  }

  @Test
  void unsignedSnapshotIsRefused() {
    byte[] bytes = codec().encode(header(), state());
    byte[] zeroed = bytes.clone();
    Arrays.fill(zeroed, bytes.length - SnapshotFrame.SIGNATURE_BYTES, bytes.length, (byte) 0);
    byte[] withoutSignature = Arrays.copyOf(bytes, bytes.length - SnapshotFrame.SIGNATURE_BYTES);

    assertThatThrownBy(() -> codec().decode(zeroed))
        .hasMessage("unsigned snapshot: only signed snapshots can be read");
    assertThatThrownBy(() -> codec().decode(withoutSignature))
        .hasMessage("unsigned snapshot: only signed snapshots can be read");
  }

  @Test
  void otherFormatVersionsAreRefusedEvenWhenSigned() {
    byte[] older = SnapshotFrame.assemble(1, HeaderCodec.write(header()), new byte[0], KEY);
    byte[] far = SnapshotFrame.assemble(0xFFFF, HeaderCodec.write(header()), new byte[0], KEY);

    assertThatThrownBy(() -> codec().decode(older))
        .hasMessage("snapshot format version 1 is not supported (this runtime reads 2)");
    assertThatThrownBy(() -> codec().readHeader(far))
        .hasMessage("snapshot format version 65535 is not supported (this runtime reads 2)");
  }

  @Test
  void snapshotOfAnotherRuntimeIsRefusedUnlessTheCallerOptsOut() {
    String older = "colony-runtime/0.1 rhino/1.9.1";
    byte[] bytes = new SnapshotCodec(KEY, older).encode(
        SnapshotHeader.of(older, "p", 1, Instant.EPOCH, header().summary()), state());

    assertThatThrownBy(() -> codec().decode(bytes))
        .hasMessage("snapshot was written by colony-runtime/0.1 rhino/1.9.1 but this is "
            + "colony-runtime/0.1 rhino/1.9.2; its state can only be resumed by the same runtime "
            + "and Rhino version");
    assertThatThrownBy(() -> codec().readHeader(bytes)).isInstanceOf(SnapshotException.class);
    assertThat(codec().acceptingOtherRuntimeVersions().decode(bytes).header().runtimeVersion())
        .isEqualTo(older);
  }

  @Test
  void foreignFilesAreNotSnapshots() {
    assertThatThrownBy(() -> codec().decode(new byte[0])).hasMessage("snapshot is empty (0 bytes)");
    assertThatThrownBy(() -> codec().decode("{\"hello\": 1}".getBytes()))
        .hasMessage("not a Colony snapshot (bad magic)");
    assertThatThrownBy(() -> codec().decode("COLONY".getBytes()))
        .hasMessage("snapshot is truncated (6 bytes, a snapshot has at least 56)");
  }

  @Test
  void truncationAndTrailingBytesNameBothLengths() {
    byte[] bytes = codec().encode(header(), state());
    int n = bytes.length;

    assertThatThrownBy(() -> codec().decode(Arrays.copyOf(bytes, n - 1)))
        .hasMessage("snapshot is truncated (" + (n - 1) + " bytes, header says " + n + ")");
    assertThatThrownBy(() -> codec().decode(Arrays.copyOf(bytes, 40)))
        .hasMessage("snapshot is truncated (40 bytes, a snapshot has at least 56)");
    assertThatThrownBy(() -> codec().decode(Arrays.copyOf(bytes, n + 3)))
        .hasMessage("snapshot has trailing bytes (" + (n + 3) + " bytes, header says " + n + ")");
  }

  @Test
  void corruptLengthsInThePrefixAreRefusedBeforeAnythingElse() {
    byte[] bytes = codec().encode(header(), state());
    byte[] hugeHeader = bytes.clone();
    ByteBuffer.wrap(hugeHeader).putInt(12, -1);
    byte[] negativePayload = bytes.clone();
    ByteBuffer.wrap(negativePayload).putLong(16, -5);

    assertThatThrownBy(() -> codec().decode(hugeHeader))
        .hasMessage("snapshot prefix is corrupt (header length 4294967295, payload length "
            + SnapshotFrame.locate(bytes, SnapshotCodec.FORMAT_VERSION).payloadLength() + ")");
    assertThatThrownBy(() -> codec().decode(negativePayload))
        .hasMessageStartingWith("snapshot prefix is corrupt (header length ")
        .hasMessageEndingWith("payload length 18446744073709551611)");
  }

  @Test
  void writingRefusesWhatReadingWouldRefuse() {
    SnapshotSummary tooManyTimers = new SnapshotSummary(
        SnapshotSummary.CapturePoint.EVENT_BOUNDARY, 0, 0,
        Collections.nCopies(10_001, new PendingTimer(1, PendingTimer.Kind.TIMEOUT, 0, 0, "")),
        0, List.of());
    SnapshotHeader longId =
        SnapshotHeader.of(RUNTIME, "x".repeat(65_537), 0, Instant.EPOCH, header().summary());

    assertThatThrownBy(() -> codec().encode(
            SnapshotHeader.of(RUNTIME, "p", 0, Instant.EPOCH, tooManyTimers), new byte[0]))
        .hasMessage("snapshot header cannot hold 10001 pending timers (at most 10000)");
    assertThatThrownBy(() -> codec().encode(longId, new byte[0]))
        .hasMessage("snapshot header cannot hold a text of 65537 bytes (at most 65536)");
    assertThatThrownBy(() -> codec().withMaxStateBytes(10).encode(header(), new byte[11]))
        .hasMessage("program state is 11 bytes, more than the snapshot limit of 10");
  }
}
