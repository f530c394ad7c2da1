package dev.colony.runtime;

/**
 * What one program may consume before the sandbox stops it.
 *
 * @param instructionsPerCallback interpreter instructions one callback (or the main body) may run
 * @param instructionsTotal instructions over the program's whole life, across restores
 * @param allocationBytesPerCallback bytes one callback may allocate (stops memory bombs)
 * @param maxStackDepth interpreter frames before a RangeError-like stack overflow error
 * @param maxOutputBytes console output over the program's whole life
 * @param maxLineChars characters of one console call kept; the rest is cut with a note
 * @param captureWaitMillis how long a capture waits for the program's file operations in flight;
 *     past it the capture fails and the program runs on (below the engines' 30 s capture timeout,
 *     so they report the failure rather than a timeout)
 */
public record Limits(
    long instructionsPerCallback,
    long instructionsTotal,
    long allocationBytesPerCallback,
    int maxStackDepth,
    long maxOutputBytes,
    int maxLineChars,
    long captureWaitMillis) {

  public Limits {
    if (instructionsPerCallback <= 0 || instructionsTotal <= 0 || allocationBytesPerCallback <= 0
        || maxStackDepth <= 0 || maxOutputBytes <= 0 || maxLineChars <= 0 || captureWaitMillis <= 0) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /** Generous for real programs, small enough that a runaway one stops within seconds. */
  public static Limits defaults() {
    return new Limits(2_000_000_000L, Long.MAX_VALUE, 1L << 30, 4_000, 1L << 30, 1 << 20, 20_000);
  }

  public Limits withInstructionsPerCallback(long value) {
    return new Limits(value, instructionsTotal, allocationBytesPerCallback, maxStackDepth, maxOutputBytes, maxLineChars, captureWaitMillis);
  }

  public Limits withInstructionsTotal(long value) {
    return new Limits(instructionsPerCallback, value, allocationBytesPerCallback, maxStackDepth, maxOutputBytes, maxLineChars, captureWaitMillis);
  }

  public Limits withAllocationBytesPerCallback(long value) {
    return new Limits(instructionsPerCallback, instructionsTotal, value, maxStackDepth, maxOutputBytes, maxLineChars, captureWaitMillis);
  }

  public Limits withMaxStackDepth(int value) {
    return new Limits(instructionsPerCallback, instructionsTotal, allocationBytesPerCallback, value, maxOutputBytes, maxLineChars, captureWaitMillis);
  }

  public Limits withMaxOutputBytes(long value) {
    return new Limits(instructionsPerCallback, instructionsTotal, allocationBytesPerCallback, maxStackDepth, value, maxLineChars, captureWaitMillis);
  }

  public Limits withCaptureWaitMillis(long value) {
    return new Limits(instructionsPerCallback, instructionsTotal, allocationBytesPerCallback, maxStackDepth, maxOutputBytes, maxLineChars, value);
  }
}
