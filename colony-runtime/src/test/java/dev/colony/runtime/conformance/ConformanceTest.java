package dev.colony.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.Limits;
import dev.colony.runtime.Program;
import dev.colony.runtime.ProgramExit;
import dev.colony.runtime.ProgramOutput;
import dev.colony.runtime.engine.CapturedState;
import dev.colony.runtime.snapshot.SnapshotKey;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus program, in this JVM: run uninterrupted, and captured then restored into a fresh
 * runner three times in a row, at the first safepoint and after 300 000 and 3 000 000
 * instructions — points that do not depend on timing, so a failure reproduces.
 * Output must equal Node's byte for byte. Restores in separate JVM processes are tested by the
 * CLI module.
 */
class ConformanceTest {
  private static final JsRuntime RUNTIME = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

  static List<Corpus> corpus() {
    return Corpus.all();
  }

  /** Console output of one program across all its runs, in order. */
  static final class Console implements ProgramOutput {
    final StringBuilder out = new StringBuilder();
    final StringBuilder err = new StringBuilder();

    @Override
    public synchronized void stdout(String text) {
      out.append(text).append('\n');
    }

    @Override
    public synchronized void stderr(String text) {
      err.append(text).append('\n');
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void runsAsNodeDoes(Corpus program) throws Exception {
    Console console = new Console();
    Runnable run = () -> {
      ProgramExit exit = RUNTIME.load(program.name(), RUNTIME.compile(program.name(), program.source()), console)
          .start().exit().orTimeout(2, TimeUnit.MINUTES).join();
      assertThat(exit).isEqualTo(new ProgramExit(ProgramExit.Outcome.COMPLETED, ""));
      assertThat(console.out.toString()).isEqualTo(program.expectedStdout());
      assertThat(console.err.toString()).isEqualTo(program.expectedStderr());
    };
    checkAgainstKnownDifferences(program, KnownDifferences.Mode.RUN, run);
  }

  /** Runs the check; a program listed as differing must still differ, and is then reported skipped. */
  private static void checkAgainstKnownDifferences(Corpus program, KnownDifferences.Mode mode, Runnable check) {
    var reason = KnownDifferences.reason(program, mode);
    if (reason.isEmpty()) {
      check.run();
      return;
    }
    try {
      check.run();
    } catch (AssertionError | RuntimeException expected) {
      Assumptions.abort("known difference: " + reason.get());
    }
    Assertions.fail(program.name() + " now matches Node: remove it from known-differences.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void continuesExactlyAfterCapturesInARow(Corpus program) {
    checkAgainstKnownDifferences(program, KnownDifferences.Mode.CAPTURE, () -> {
      try {
        captureInARow(program);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static void captureInARow(Corpus program) throws Exception {
    Console console = new Console();
    Program first = RUNTIME.load(program.name(), RUNTIME.compile(program.name(), program.source()), console);
    CapturedState state = captureThenStop(first, 0);
    for (long at : new long[] {300_000, 3_000_000}) {
      if (state == null) {
        break;
      }
      state = captureThenStop(RUNTIME.restore(RUNTIME.seal(state), console), at);
    }
    if (state != null) {
      ProgramExit exit = RUNTIME.restore(RUNTIME.seal(state), console).start().exit().get(2, TimeUnit.MINUTES);
      assertThat(exit).isEqualTo(new ProgramExit(ProgramExit.Outcome.COMPLETED, ""));
    }
    assertThat(console.out.toString()).isEqualTo(program.expectedStdout());
    assertThat(console.err.toString()).isEqualTo(program.expectedStderr());
  }

  /** Runs until captured after {@code instructions}; null when the program ended first. */
  private static CapturedState captureThenStop(Program program, long instructions) throws Exception {
    CompletableFuture<CapturedState> capture = program.captureAfterInstructions(instructions);
    ProgramExit exit = program.start().exit().get(2, TimeUnit.MINUTES);
    if (exit.outcome() == ProgramExit.Outcome.CAPTURED) {
      return capture.get();
    }
    assertThat(exit).isEqualTo(new ProgramExit(ProgramExit.Outcome.COMPLETED, ""));
    return null;
  }
}
