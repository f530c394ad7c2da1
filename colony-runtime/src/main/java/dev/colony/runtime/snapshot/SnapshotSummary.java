package dev.colony.runtime.snapshot;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@code colony local describe} shows about a snapshot without deserialising its state: where
 * the program was captured, its clock and output so far, what it still waits for, and a glimpse of
 * its top-level variables.
 *
 * @param capturePoint where execution stood when the state was captured
 * @param programClockMillis the program's own clock (time it has run, pauses excluded)
 * @param consoleLines console lines the program has written so far
 * @param timers timers that will fire after resume, with their remaining time
 * @param pendingMicrotasks microtasks queued at capture (zero at event boundaries)
 * @param variables the program's top-level variables, with short previews
 */
public record SnapshotSummary(
    CapturePoint capturePoint,
    long programClockMillis,
    long consoleLines,
    List<PendingTimer> timers,
    int pendingMicrotasks,
    List<Variable> variables) {

  public SnapshotSummary {
    Objects.requireNonNull(capturePoint, "capturePoint");
    requireNotNegative(programClockMillis, "programClockMillis");
    requireNotNegative(consoleLines, "consoleLines");
    requireNotNegative(pendingMicrotasks, "pendingMicrotasks");
    timers = List.copyOf(timers);
    variables = List.copyOf(variables);
  }

  /** Where execution stood when the program was captured. */
  public enum CapturePoint {
    /** Between two events: nothing of the program is on the stack. */
    EVENT_BOUNDARY("event-boundary"),
    /** Inside running code, at an inserted safepoint (a loop back-edge or function entry). */
    SAFEPOINT("safepoint");

    private final String label;

    CapturePoint(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * A timer that survives the snapshot.
   *
   * @param id the id the program got from setTimeout/setInterval/setImmediate
   * @param remainingMillis time left until it fires, counted on the program clock
   * @param repeatMillis the interval of an interval timer; zero for the others
   * @param callbackName the callback's function name, or empty for an anonymous one
   */
  public record PendingTimer(
      long id, Kind kind, long remainingMillis, long repeatMillis, String callbackName) {

    public PendingTimer {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(callbackName, "callbackName");
      requireNotNegative(remainingMillis, "remainingMillis");
      requireNotNegative(repeatMillis, "repeatMillis");
    }

    public enum Kind {
      TIMEOUT,
      INTERVAL,
      IMMEDIATE;

      public String label() {
        return name().toLowerCase(Locale.ROOT);
      }
    }
  }

  /**
   * A top-level variable as {@code describe} shows it.
   *
   * @param type the JavaScript type, e.g. "number", "object", "Map"
   * @param preview at most {@value #MAX_PREVIEW_CODE_POINTS} code points of its value
   */
  public record Variable(String name, String type, String preview) {
    public static final int MAX_PREVIEW_CODE_POINTS = 80;

    public Variable {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(preview, "preview");
      if (preview.codePointCount(0, preview.length()) > MAX_PREVIEW_CODE_POINTS) {
        throw new IllegalArgumentException(
            "preview of " + name + " is longer than " + MAX_PREVIEW_CODE_POINTS + " code points");
      }
    }

    /** A variable whose preview is {@code value} cut to the allowed length, marked with "…". */
    public static Variable shortened(String name, String type, String value) {
      if (value.codePointCount(0, value.length()) <= MAX_PREVIEW_CODE_POINTS) {
        return new Variable(name, type, value);
      }
      int end = value.offsetByCodePoints(0, MAX_PREVIEW_CODE_POINTS - 1);
      return new Variable(name, type, value.substring(0, end) + "…");
    }
  }

  static void requireNotNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " is negative: " + value);
    }
  }
}
