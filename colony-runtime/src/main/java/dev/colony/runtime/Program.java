package dev.colony.runtime;

import dev.colony.runtime.engine.CapturedState;
import dev.colony.runtime.engine.ProgramRunner;
import java.util.concurrent.CompletableFuture;

/** A handle on one running program. All methods may be called from any thread. */
public final class Program {
  private final String id;
  private final ProgramRunner runner;

  Program(String id, ProgramRunner runner) {
    this.id = id;
    this.runner = runner;
  }

  public String id() {
    return id;
  }

  /** Starts the program's thread; the program runs until it completes, fails, is killed or captured. */
  public Program start() {
    runner.start();
    return this;
  }

  /** Stops running the program's code at the next safepoint or event boundary; its timers stand still. */
  public void pause() {
    runner.pause();
  }

  public void resume() {
    runner.resume();
  }

  public boolean isPaused() {
    return runner.isPaused();
  }

  /**
   * Hands the program a message that arrived on its subscription {@code filter}: queued in its
   * inbox (which travels in snapshots) and run as an event. Returns false once the program no longer
   * takes messages — captured to move, or ended — so the caller must not acknowledge it. While the
   * inbox holds 1 000 messages it waits for room (false if the program stops taking messages
   * meanwhile). May be called before {@link #start()}: a restored program handles its captured
   * messages first.
   */
  public boolean deliver(String filter, String topic, String payload) {
    return runner.deliver(filter, topic, payload);
  }

  /** Ends the program at its next safepoint or event boundary; from now on {@link #deliver} refuses messages. */
  public void kill() {
    runner.kill();
  }

  /**
   * Completes when the program's own code is about to run (a restored one: its state is back in
   * place); fails when it ends before that, e.g. a snapshot that does not deserialise.
   */
  public CompletableFuture<Void> started() {
    return runner.started();
  }

  /** Completes when the program ends, however it ends. */
  public CompletableFuture<ProgramExit> exit() {
    return runner.exit();
  }

  /**
   * Interpreter instructions the program has run in all, across restores: final once {@link
   * #exit()} completed (the scale of {@link #captureAfterInstructions}).
   */
  public long instructionsRun() {
    return runner.instructionsRun();
  }

  /**
   * Captures the program at its next safepoint or event boundary.
   *
   * @param stop whether it then stops (to continue elsewhere) or runs on (a checkpoint)
   */
  public CompletableFuture<CapturedState> capture(boolean stop) {
    return runner.capture(stop);
  }

  /** Captures and stops the program once it has run {@code programMs} of program time. */
  public CompletableFuture<CapturedState> captureAt(long programMs) {
    return runner.captureAt(programMs);
  }

  /**
   * Captures and stops the program once it has run {@code instructions} interpreter instructions
   * in all (across restores): a capture point that does not depend on timing.
   */
  public CompletableFuture<CapturedState> captureAfterInstructions(long instructions) {
    return runner.captureAfterInstructions(instructions);
  }
}
