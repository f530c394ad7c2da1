package dev.colony.runtime.engine;

import java.util.List;

/**
 * A program captured by its runner: the serialised state, and what can be said about it without
 * deserialising it.
 */
public record CapturedState(
    String programId,
    long generation,
    byte[] state,
    String capturePoint,
    long clockMs,
    long consoleLines,
    List<PendingTimer> timers,
    int pendingMicrotasks,
    List<TopLevelVariable> variables) {

  /** A timer or immediate waiting to run. */
  public record PendingTimer(long id, String kind, long remainingMs, long repeatMs, String callback) {}

  /** A top-level variable of the program and a short preview of its value. */
  public record TopLevelVariable(String name, String type, String preview) {}
}
