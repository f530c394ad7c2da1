package dev.colony.runtime.engine;

/**
 * Program time in milliseconds: advances only while the program runs, and continues from the
 * captured value after a restore, so timers keep their remaining time across pauses and moves.
 */
final class ProgramClock {
  private long baseMs;
  private long runningSinceNanos;
  private boolean running;

  ProgramClock(long startMs) {
    this.baseMs = startMs;
  }

  synchronized long now() {
    return running ? baseMs + (System.nanoTime() - runningSinceNanos) / 1_000_000 : baseMs;
  }

  synchronized void start() {
    if (!running) {
      runningSinceNanos = System.nanoTime();
      running = true;
    }
  }

  synchronized void stop() {
    if (running) {
      baseMs = now();
      running = false;
    }
  }
}
