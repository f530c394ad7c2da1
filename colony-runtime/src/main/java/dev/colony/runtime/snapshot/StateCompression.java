package dev.colony.runtime.snapshot;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Deflates state for a snapshot and inflates it back without ever exceeding the declared size. */
final class StateCompression {
  // Speed over ratio: compression runs while the program is frozen for a snapshot.
  private static final int LEVEL = Deflater.BEST_SPEED;
  private static final int CHUNK = 64 * 1024;

  private StateCompression() {}

  static byte[] deflate(byte[] state) {
    Deflater deflater = new Deflater(LEVEL);
    try {
      deflater.setInput(state);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(CHUNK, state.length / 4));
      byte[] chunk = new byte[CHUNK];
      while (!deflater.finished()) {
        out.write(chunk, 0, deflater.deflate(chunk));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * Inflates {@code payload[offset, offset + length)}, which must yield exactly {@code declaredSize}
   * bytes. The output buffer grows with what actually inflates and never past the declared size, so
   * a payload that inflates further (a zip bomb) is refused after at most that much work.
   */
  static byte[] inflate(byte[] payload, int offset, int length, int declaredSize) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(payload, offset, length);
      byte[] out = new byte[Math.min(declaredSize, CHUNK)];
      int filled = 0;
      while (filled < declaredSize) {
        if (filled == out.length) {
          out = Arrays.copyOf(out, (int) Math.min(declaredSize, 2L * out.length));
        }
        int n = inflater.inflate(out, filled, out.length - filled);
        if (n == 0) { // no progress with room to spare: the stream ended or cannot go on
          throw new SnapshotException(inflater.finished()
              ? "snapshot state inflates to " + filled + " bytes, but the header says " + declaredSize
              : "snapshot payload is corrupt (it ends before the state does)");
        }
        filled += n;
      }
      // All declared bytes are here: the stream must end now, with nothing after it.
      if (inflater.inflate(new byte[1]) > 0) {
        throw new SnapshotException(
            "snapshot state inflates beyond the " + declaredSize + " bytes its header declares");
      }
      if (!inflater.finished() || inflater.getRemaining() > 0) {
        throw new SnapshotException("snapshot payload is corrupt (it does not end where the state does)");
      }
      return out;
    } catch (DataFormatException e) {
      throw new SnapshotException("snapshot payload is corrupt (" + e.getMessage() + ")");
    } finally {
      inflater.end();
    }
  }
}
