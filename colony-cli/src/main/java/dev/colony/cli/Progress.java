package dev.colony.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;

/**
 * A progress bar on stderr for a transfer: bytes so far, the rate, and the percentage with a bar
 * when the total is known; redrawn in place at most every 200 ms, and once more, with a newline,
 * at the end.
 */
final class Progress {
  private static final int BAR_WIDTH = 30;
  private static final long REDRAW_MILLIS = 200;

  private final PrintWriter err;
  private final Clock clock;
  private final long totalBytes;
  private final long startMillis;
  private long bytes;
  private long drawnAtMillis;

  /** @param totalBytes the size, or -1 when unknown */
  Progress(PrintWriter err, Clock clock, long totalBytes) {
    this.err = err;
    this.clock = clock;
    this.totalBytes = totalBytes;
    this.startMillis = clock.millis();
    this.drawnAtMillis = startMillis;
  }

  /** Counts what passes through {@code in}, drawing as it goes. */
  InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          add(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          add(n);
        }
        return n;
      }
    };
  }

  synchronized void add(long n) {
    bytes += n;
    long now = clock.millis();
    if (now - drawnAtMillis >= REDRAW_MILLIS) {
      drawnAtMillis = now;
      err.print("\r" + line(bytes, totalBytes, now - startMillis));
      err.flush();
    }
  }

  synchronized void finish() {
    err.println("\r" + line(bytes, totalBytes, clock.millis() - startMillis));
    err.flush();
  }

  /** {@code [######.......]  45%  12.3 MiB / 27.0 MiB  95.3 MiB/s}, or without bar and total when the size is unknown. */
  static String line(long bytes, long totalBytes, long elapsedMillis) {
    double mibPerSecond = elapsedMillis <= 0 ? 0 : bytes / 1_048_576.0 / (elapsedMillis / 1000.0);
    String rate = String.format(Locale.ROOT, "%.1f MiB/s", mibPerSecond);
    if (totalBytes < 0) {
      return Formats.bytes(bytes) + "  " + rate;
    }
    int percent = totalBytes == 0 ? 100 : (int) Math.min(100, bytes * 100 / totalBytes);
    int filled = percent * BAR_WIDTH / 100;
    return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + String.format(Locale.ROOT, "%3d%%", percent)
        + "  " + Formats.bytes(bytes) + " / " + Formats.bytes(totalBytes) + "  " + rate;
  }
}
