package dev.colony.runtime;

import dev.colony.runtime.engine.CapturedState;
import dev.colony.runtime.transpile.TranspiledSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a compiled program in this JVM, captured and restored into a fresh runner at given
 * instruction counts, and collects everything it printed across those runs.
 */
public final class CaptureRuns {
  private final JsRuntime runtime;

  public CaptureRuns(JsRuntime runtime) {
    this.runtime = runtime;
  }

  /** What a program printed, how it ended, and how many instructions it ran in all. */
  public record Run(String out, String err, ProgramExit exit, long instructions, int captures) {}

  private static final class Console implements ProgramOutput {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    @Override
    public synchronized void stdout(String text) {
      out.append(text).append('\n');
    }

    @Override
    public synchronized void stderr(String text) {
      err.append(text).append('\n');
    }
  }

  /**
   * Runs the program, capturing it once it has run {@code capturePoints[0]} instructions in all,
   * restoring it, capturing the restored program at the next point, and so on; then runs it to its
   * end. A point already passed captures at the restored program's first safepoint or event
   * boundary (a capture in a row); points the program never reaches are skipped.
   */
  public Run run(String name, TranspiledSource compiled, long... capturePoints) throws Exception {
    Console console = new Console();
    Program program = runtime.load(name, compiled, console);
    int captures = 0;
    for (long point : capturePoints) {
      CompletableFuture<CapturedState> capture = program.captureAfterInstructions(point);
      ProgramExit exit = program.start().exit().get(2, TimeUnit.MINUTES);
      if (exit.outcome() != ProgramExit.Outcome.CAPTURED) {
        return new Run(console.out.toString(), console.err.toString(), exit, program.instructionsRun(), captures);
      }
      captures++;
      program = runtime.restore(runtime.seal(capture.get()), console);
    }
    ProgramExit exit = program.start().exit().get(2, TimeUnit.MINUTES);
    return new Run(console.out.toString(), console.err.toString(), exit, program.instructionsRun(), captures);
  }
}
