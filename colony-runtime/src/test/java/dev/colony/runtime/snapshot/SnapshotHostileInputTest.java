package dev.colony.runtime.snapshot;

import static dev.colony.runtime.snapshot.SnapshotSamples.KEY;
import static dev.colony.runtime.snapshot.SnapshotSamples.RUNTIME;
import static dev.colony.runtime.snapshot.SnapshotSamples.codec;
import static dev.colony.runtime.snapshot.SnapshotSamples.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** Whatever bytes arrive, reading ends in a SnapshotException with a clear message, or succeeds. */
class SnapshotHostileInputTest {
  private static final String ALTERED =
      "snapshot signature does not match: the file was altered or signed with another key";

  @Test
  void everyTruncationIsASnapshotException() {
    byte[] bytes = codec().encode(header(), SnapshotSamples.state());

    for (int length = 0; length < bytes.length; length++) {
      byte[] truncated = Arrays.copyOf(bytes, length);
      assertRefused(truncated, "truncated to " + length);
    }
  }

  @Test
  void everySingleByteChangeIsASnapshotException() {
    byte[] bytes = codec().encode(header(), SnapshotSamples.state());

    for (int position = 0; position < bytes.length; position++) {
      for (int mask : new int[] {0x01, 0x80, 0xFF}) {
        byte[] altered = bytes.clone();
        altered[position] ^= (byte) mask;
        assertRefused(altered, "byte " + position + " xor " + mask);
      }
    }
  }

  @Test
  void randomBytesAreSnapshotExceptions() {
    Random random = new Random(20251123);
    byte[] valid = codec().encode(header(), SnapshotSamples.state());

    for (int i = 0; i < 10_000; i++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      switch (i % 3) {
        // Get past the magic, then the version, so that later checks see random input too.
        case 1 -> System.arraycopy(valid, 0, bytes, 0, Math.min(bytes.length, 12));
        case 2 -> System.arraycopy(valid, 0, bytes, 0, Math.min(bytes.length, 24));
        default -> {}
      }
      assertRefused(bytes, "random input " + i);
    }
  }

  @Test
  void randomSignedHeadersAreReadOrRefusedCleanly() {
    Random random = new Random(7);
    byte[] header = HeaderCodec.write(header());
    byte[] payload = StateCompression.deflate(new byte[10]);

    for (int i = 0; i < 10_000; i++) {
      byte[] mutated = header.clone();
      for (int changes = 1 + random.nextInt(4); changes > 0; changes--) {
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
      }
      byte[] cut = Arrays.copyOf(mutated, random.nextInt(4) == 0 ? random.nextInt(mutated.length) : mutated.length);
      readOrRefuse(SnapshotFrame.assemble(SnapshotCodec.FORMAT_VERSION, cut, payload, KEY), "header mutation " + i);
    }
  }

  @Test
  void randomSignedPayloadsAreReadOrRefusedCleanly() {
    Random random = new Random(11);
    byte[] header = HeaderCodec.write(header().withLayout(SnapshotCodec.FORMAT_VERSION, 0, 64));
    byte[] payload = StateCompression.deflate(SnapshotSamples.bytes(64, 3));

    for (int i = 0; i < 10_000; i++) {
      byte[] mutated = i % 2 == 0 ? payload.clone() : new byte[random.nextInt(100)];
      if (i % 2 == 0) {
        mutated[random.nextInt(mutated.length)] ^= (byte) (1 + random.nextInt(255));
      } else {
        random.nextBytes(mutated);
      }
      readOrRefuse(SnapshotFrame.assemble(SnapshotCodec.FORMAT_VERSION, header, mutated, KEY), "payload mutation " + i);
    }
  }

  @Test
  void signedHeaderWithHugeLengthsOrCountsIsRefusedWithoutAllocating() throws IOException {
    assertRefusedWith(rawHeader(out -> out.writeInt(Integer.MAX_VALUE)),
        "snapshot header is malformed: runtime version claims 2147483647 bytes");
    assertRefusedWith(rawHeader(out -> out.writeInt(-1)),
        "snapshot header is malformed: runtime version claims -1 bytes");
    assertRefusedWith(rawHeader(out -> {
          commonFields(out, 1);
          out.writeInt(1_000_000);
        }),
        "snapshot header is malformed: pending timers count 1000000 is out of range");
    assertRefusedWith(rawHeader(out -> {
          commonFields(out, 1);
          out.writeInt(10); // ten timers declared, none present
        }),
        "snapshot header is malformed: pending timers count 10 is out of range");
  }

  @Test
  void signedHeaderWithBadFieldsIsRefused() throws IOException {
    assertRefusedWith(rawHeader(out -> commonFields(out, 9)),
        "snapshot header is malformed: unknown capture point 9");
    assertRefusedWith(rawHeader(out -> {
          commonFields(out, 1);
          out.writeInt(0);
          out.writeInt(0);
          out.writeByte(0);
        }),
        "snapshot header is malformed: 1 unexpected bytes after the last field");
    assertRefusedWith(rawHeader(out -> {
          out.writeInt(2);
          out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        }),
        "snapshot header is malformed: runtime version is not valid UTF-8");
    assertRefusedWith(rawHeader(out -> {
          commonFields(out, 1);
          out.writeInt(1);
          out.writeLong(1); // id
          out.writeByte(4); // kind
          out.writeLong(0); // remaining
          out.writeLong(0); // repeat
          string(out, "f");
          out.writeInt(0); // variables
        }),
        "snapshot header is malformed: unknown timer kind 4");
    assertRefusedWith(rawHeader(out -> {
          string(out, RUNTIME);
          string(out, "p");
          out.writeLong(-3);
        }),
        "snapshot header is malformed: it ends in the middle of a field");
  }

  @Test
  void signedHeaderWithOutOfRangeValuesIsRefused() throws IOException {
    byte[] header = HeaderCodec.write(header());
    int generationOffset = 4 + RUNTIME.length() + 4 + "sensor-7".length();
    ByteBuffer.wrap(header).putLong(generationOffset, -3);

    assertRefusedWith(header, "snapshot header is malformed: generation is negative: -3");
  }

  @Test
  void stateLargerThanTheReadersLimitIsRefusedBeforeInflating() {
    byte[] header = HeaderCodec.write(header().withLayout(SnapshotCodec.FORMAT_VERSION, 0, 1L << 40));
    byte[] bytes = SnapshotFrame.assemble(SnapshotCodec.FORMAT_VERSION, header, StateCompression.deflate(new byte[1]), KEY);

    assertThatThrownBy(() -> codec().decode(bytes))
        .hasMessage("snapshot holds 1099511627776 bytes of state, more than this reader's limit "
            + "of 536870912");
    assertThatThrownBy(() -> codec().withMaxStateBytes(1000).decode(codec().encode(header(), new byte[1001])))
        .hasMessage("snapshot holds 1001 bytes of state, more than this reader's limit of 1000");
    assertThat(codec().readHeader(bytes).stateSize()).isEqualTo(1L << 40);
  }

  @Test
  void zipBombIsRefusedWithoutInflatingIt() {
    byte[] bomb = deflatedZeros(64L << 20);
    byte[] bytes = SnapshotFrame.assemble(SnapshotCodec.FORMAT_VERSION, HeaderCodec.write(header().withLayout(SnapshotCodec.FORMAT_VERSION, 0, 1024)), bomb, KEY);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    long before = threads.getCurrentThreadAllocatedBytes();
    assertThatThrownBy(() -> codec().decode(bytes))
        .hasMessage("snapshot state inflates beyond the 1024 bytes its header declares");
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(allocated).as("bytes allocated while refusing the bomb").isLessThan(4L << 20);
  }

  @Test
  void stateShorterThanDeclaredOrCorruptIsRefused() {
    byte[] shortState = StateCompression.deflate(new byte[100]);
    byte[] garbage = "definitely not deflate".getBytes(StandardCharsets.US_ASCII);
    byte[] cutShort = Arrays.copyOf(StateCompression.deflate(SnapshotSamples.bytes(5000, 1)), 100);
    byte[] withTrailer = Arrays.copyOf(shortState, shortState.length + 3);

    assertThatThrownBy(() -> codec().decode(signedWithState(shortState, 200)))
        .hasMessage("snapshot state inflates to 100 bytes, but the header says 200");
    assertThatThrownBy(() -> codec().decode(signedWithState(garbage, 200)))
        .hasMessage("snapshot payload is corrupt (incorrect header check)");
    assertThatThrownBy(() -> codec().decode(signedWithState(cutShort, 5000)))
        .hasMessage("snapshot payload is corrupt (it ends before the state does)");
    assertThatThrownBy(() -> codec().decode(signedWithState(withTrailer, 100)))
        .hasMessage("snapshot payload is corrupt (it does not end where the state does)");
  }

  private static void assertRefused(byte[] bytes, String description) {
    assertThatThrownBy(() -> codec().decode(bytes)).as(description).isExactlyInstanceOf(SnapshotException.class);
    assertThatThrownBy(() -> codec().readHeader(bytes)).as(description).isExactlyInstanceOf(SnapshotException.class);
  }

  private static void readOrRefuse(byte[] bytes, String description) {
    try {
      codec().acceptingOtherRuntimeVersions().decode(bytes);
    } catch (SnapshotException expected) {
      assertThat(expected.getMessage()).as(description).doesNotContain("\n").isNotBlank();
    } catch (RuntimeException | Error e) {
      fail(description + " threw " + e, e);
    }
  }

  private static void assertRefusedWith(byte[] rawHeader, String message) {
    byte[] bytes = SnapshotFrame.assemble(SnapshotCodec.FORMAT_VERSION, rawHeader, StateCompression.deflate(new byte[0]), KEY);
    assertThatThrownBy(() -> codec().readHeader(bytes)).hasMessage(message);
  }

  private static byte[] signedWithState(byte[] payload, long declaredStateSize) {
    return SnapshotFrame.assemble(
        SnapshotCodec.FORMAT_VERSION, HeaderCodec.write(header().withLayout(SnapshotCodec.FORMAT_VERSION, 0, declaredStateSize)), payload, KEY);
  }

  private interface HeaderWriter {
    void write(DataOutputStream out) throws IOException;
  }

  private static byte[] rawHeader(HeaderWriter writer) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writer.write(out);
    }
    return bytes.toByteArray();
  }

  /** The fields up to the timer count, with the given capture point code. */
  private static void commonFields(DataOutputStream out, int capturePoint) throws IOException {
    string(out, RUNTIME);
    string(out, "p");
    out.writeLong(1); // generation
    out.writeLong(0); // created at
    out.writeLong(0); // state size
    out.writeByte(capturePoint);
    out.writeLong(0); // program clock
    out.writeLong(0); // console lines
    out.writeInt(0); // microtasks
  }

  private static void string(DataOutputStream out, String value) throws IOException {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static byte[] deflatedZeros(long count) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] zeros = new byte[1 << 20];
    byte[] chunk = new byte[1 << 16];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (long fed = 0; fed < count; fed += zeros.length) {
      deflater.setInput(zeros);
      while (!deflater.needsInput()) {
        out.write(chunk, 0, deflater.deflate(chunk));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      out.write(chunk, 0, deflater.deflate(chunk));
    }
    deflater.end();
    return out.toByteArray();
  }
}
