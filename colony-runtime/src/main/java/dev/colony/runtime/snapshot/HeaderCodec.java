package dev.colony.runtime.snapshot;

import dev.colony.runtime.snapshot.SnapshotSummary.CapturePoint;
import dev.colony.runtime.snapshot.SnapshotSummary.PendingTimer;
import dev.colony.runtime.snapshot.SnapshotSummary.Variable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The header's compact binary form (format 1), big-endian via Data streams:
 *
 * <pre>
 * string runtimeVersion, string programId, i64 generation, i64 createdAt (epoch ms), i64 stateSize,
 * u8 capturePoint (1 event-boundary, 2 safepoint), i64 programClockMillis, i64 consoleLines,
 * i32 pendingMicrotasks,
 * i32 timerCount, timerCount × (i64 id, u8 kind (1 timeout, 2 interval, 3 immediate),
 *                               i64 remainingMillis, i64 repeatMillis, string callbackName),
 * i32 variableCount, variableCount × (string name, string type, string preview)
 * string = i32 byte length, then that many bytes of UTF-8
 * </pre>
 *
 * The payload size is not repeated here: the frame around the header carries it.
 */
final class HeaderCodec {
  static final int MAX_STRING_BYTES = 64 * 1024;
  static final int MAX_ITEMS = 10_000;
  /** Smallest encoding of one timer and one variable: what a declared count must leave room for. */
  private static final int MIN_TIMER_BYTES = 8 + 1 + 8 + 8 + 4;
  private static final int MIN_VARIABLE_BYTES = 3 * 4;

  private HeaderCodec() {}

  static byte[] write(SnapshotHeader header) {
    SnapshotSummary summary = header.summary();
    requireAtMost(summary.timers().size(), MAX_ITEMS, "pending timers");
    requireAtMost(summary.variables().size(), MAX_ITEMS, "top-level variables");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeString(out, header.runtimeVersion());
      writeString(out, header.programId());
      out.writeLong(header.generation());
      out.writeLong(header.createdAt().toEpochMilli());
      out.writeLong(header.stateSize());
      out.writeByte(code(summary.capturePoint()));
      out.writeLong(summary.programClockMillis());
      out.writeLong(summary.consoleLines());
      out.writeInt(summary.pendingMicrotasks());
      out.writeInt(summary.timers().size());
      for (PendingTimer timer : summary.timers()) {
        out.writeLong(timer.id());
        out.writeByte(code(timer.kind()));
        out.writeLong(timer.remainingMillis());
        out.writeLong(timer.repeatMillis());
        writeString(out, timer.callbackName());
      }
      out.writeInt(summary.variables().size());
      for (Variable variable : summary.variables()) {
        writeString(out, variable.name());
        writeString(out, variable.type());
        writeString(out, variable.preview());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Parses a header that was already authenticated; still checks every length and count, so that a
   * buggy or hostile signer gets a clear refusal rather than an exception or a huge allocation.
   */
  static SnapshotHeader read(byte[] bytes, int offset, int length, int formatVersion, long payloadSize) {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
    try {
      String runtimeVersion = readString(in, "runtime version");
      String programId = readString(in, "program id");
      long generation = in.readLong();
      Instant createdAt = Instant.ofEpochMilli(in.readLong());
      long stateSize = in.readLong();
      CapturePoint capturePoint = capturePoint(in.readUnsignedByte());
      long programClockMillis = in.readLong();
      long consoleLines = in.readLong();
      int pendingMicrotasks = in.readInt();
      int timerCount = readCount(in, "pending timers", MIN_TIMER_BYTES);
      List<PendingTimer> timers = new ArrayList<>(timerCount);
      for (int i = 0; i < timerCount; i++) {
        timers.add(new PendingTimer(
            in.readLong(), timerKind(in.readUnsignedByte()), in.readLong(), in.readLong(),
            readString(in, "timer callback name")));
      }
      int variableCount = readCount(in, "top-level variables", MIN_VARIABLE_BYTES);
      List<Variable> variables = new ArrayList<>(variableCount);
      for (int i = 0; i < variableCount; i++) {
        variables.add(new Variable(
            readString(in, "variable name"), readString(in, "variable type"),
            readString(in, "variable preview")));
      }
      if (in.available() > 0) {
        throw malformed(in.available() + " unexpected bytes after the last field");
      }
      SnapshotSummary summary = new SnapshotSummary(
          capturePoint, programClockMillis, consoleLines, timers, pendingMicrotasks, variables);
      return new SnapshotHeader(formatVersion, runtimeVersion, programId, generation, createdAt,
          payloadSize, stateSize, summary);
    } catch (IOException e) {
      throw malformed("it ends in the middle of a field");
    } catch (IllegalArgumentException e) {
      throw malformed(e.getMessage());
    }
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > MAX_STRING_BYTES) {
      throw new SnapshotException("snapshot header cannot hold a text of " + utf8.length
          + " bytes (at most " + MAX_STRING_BYTES + ")");
    }
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readString(DataInputStream in, String what) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING_BYTES || length > in.available()) {
      throw malformed(what + " claims " + length + " bytes");
    }
    byte[] utf8 = in.readNBytes(length);
    try {
      // Strict decoding: malformed UTF-8 is refused, not silently replaced.
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8)).toString();
    } catch (CharacterCodingException e) {
      throw malformed(what + " is not valid UTF-8");
    }
  }

  private static int readCount(DataInputStream in, String what, int minBytesEach) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > MAX_ITEMS || (long) count * minBytesEach > in.available()) {
      throw malformed(what + " count " + count + " is out of range");
    }
    return count;
  }

  private static void requireAtMost(int value, int max, String what) {
    if (value > max) {
      throw new SnapshotException(
          "snapshot header cannot hold " + value + " " + what + " (at most " + max + ")");
    }
  }

  private static SnapshotException malformed(String detail) {
    return new SnapshotException("snapshot header is malformed: " + detail);
  }

  private static int code(CapturePoint point) {
    return switch (point) {
      case EVENT_BOUNDARY -> 1;
      case SAFEPOINT -> 2;
    };
  }

  private static CapturePoint capturePoint(int code) {
    return switch (code) {
      case 1 -> CapturePoint.EVENT_BOUNDARY;
      case 2 -> CapturePoint.SAFEPOINT;
      default -> throw malformed("unknown capture point " + code);
    };
  }

  private static int code(PendingTimer.Kind kind) {
    return switch (kind) {
      case TIMEOUT -> 1;
      case INTERVAL -> 2;
      case IMMEDIATE -> 3;
    };
  }

  private static PendingTimer.Kind timerKind(int code) {
    return switch (code) {
      case 1 -> PendingTimer.Kind.TIMEOUT;
      case 2 -> PendingTimer.Kind.INTERVAL;
      case 3 -> PendingTimer.Kind.IMMEDIATE;
      default -> throw malformed("unknown timer kind " + code);
    };
  }
}
