package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colony.runtime.engine.CapturedState;
import dev.colony.runtime.snapshot.SnapshotKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * File operations across captures: a capture waits for the operations in flight, their outcomes
 * travel in the snapshot, and each callback runs exactly once — before or after the restore.
 */
class FsCaptureTest {
  private static final JsRuntime RUNTIME = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

  /** Awaits each append in a loop, and also fires a batch of appends without waiting. */
  private static final String WRITER = """
      const fs = require('fs');
      (async () => {
        let done = 0;
        for (let i = 0; i < 120; i++) {
          await fs.promises.appendFile('/log.txt', `line ${i}\\n`);
          if (i % 40 === 0) {
            for (let j = 0; j < 10; j++) {
              fs.appendFile('/batch.txt', `${i}.${j} `, (e) => { if (e) throw e; done++; });
            }
          }
        }
        const text = await fs.promises.readFile('/log.txt', 'utf8');
        console.log(text.split('\\n').length - 1, done);
      })();
      """;

  private static Program load(String source, FileSystemPort port, StringBuilder out) {
    return RUNTIME.load("writer", RUNTIME.compile("w.js", source), ProgramRun.collect(out, out), PubSubPort.NONE, port);
  }

  private static ProgramExit exitOf(Program program) throws Exception {
    return program.exit().get(60, TimeUnit.SECONDS);
  }

  @Test
  void aWriterCapturedAndRestoredManyTimesWritesWhatAnUncapturedOneWrites() throws Exception {
    StringBuilder plainOut = new StringBuilder();
    byte[] log;
    byte[] batch;
    long instructions;
    try (MemoryFileSystemPort plain = new MemoryFileSystemPort()) {
      Program program = load(WRITER, plain, plainOut).start();
      assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
      log = plain.contents("/log.txt");
      batch = plain.contents("/batch.txt");
      instructions = program.instructionsRun();
    }
    assertThat(plainOut.toString()).isEqualTo("120 30\n");

    StringBuilder out = new StringBuilder();
    int captures = 0;
    try (MemoryFileSystemPort files = new MemoryFileSystemPort()) {
      Program program = load(WRITER, files, out);
      long step = instructions / 25;
      for (long at = step; ; at += step) {
        CompletableFuture<CapturedState> capture = program.captureAfterInstructions(at);
        program.start();
        ProgramExit exit = exitOf(program);
        if (exit.outcome() == ProgramExit.Outcome.COMPLETED) {
          break;
        }
        assertThat(exit.outcome()).as(exit.message()).isEqualTo(ProgramExit.Outcome.CAPTURED);
        byte[] snapshot = RUNTIME.seal(capture.get());
        captures++;
        program = RUNTIME.restore(snapshot, ProgramRun.collect(out, out), PubSubPort.NONE, files);
      }
      assertThat(files.contents("/log.txt")).isEqualTo(log);
      assertThat(files.contents("/batch.txt")).isEqualTo(batch);
    }
    assertThat(captures).isGreaterThan(15);
    assertThat(out.toString()).isEqualTo("120 30\n");
  }

  @Test
  void aCaptureWaitsForTheOperationInFlightAndItsCallbackRunsOnceAfterTheRestore() throws Exception {
    StringBuilder out = new StringBuilder();
    try (MemoryFileSystemPort files = new MemoryFileSystemPort()) {
      files.hold();
      Program program = load("""
          require('fs').writeFile('/a', 'x', (e) => console.log('written', e));
          setInterval(() => {}, 1000); // runs on, so only a capture ends it
          """, files, out).start();
      program.started().get(30, TimeUnit.SECONDS);
      CompletableFuture<CapturedState> capture = program.capture(true);
      Thread.sleep(300);
      assertThat(capture).as("waits for the write in flight").isNotDone();
      files.release();
      CapturedState captured = capture.get(30, TimeUnit.SECONDS);
      assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.CAPTURED);
      assertThat(out.toString()).isEmpty();

      Program restored = RUNTIME.restore(RUNTIME.seal(captured), ProgramRun.collect(out, out), PubSubPort.NONE, files).start();
      Thread.sleep(300);
      restored.kill();
      exitOf(restored);
      assertThat(out.toString()).isEqualTo("written null\n");
      assertThat(files.performed()).isEqualTo(1);
    }
  }

  @Test
  void aCaptureFailsWhenAnOperationTakesLongerThanItsLimitAndTheProgramRunsOn() throws Exception {
    JsRuntime impatient = JsRuntime.create(Limits.defaults().withCaptureWaitMillis(200), SnapshotKey.random());
    StringBuilder out = new StringBuilder();
    try (MemoryFileSystemPort files = new MemoryFileSystemPort()) {
      files.hold();
      Program program = impatient.load("slow", impatient.compile("s.js", """
          require('fs').writeFile('/a', 'x', (e) => console.log('written', e));
          """), ProgramRun.collect(out, out), PubSubPort.NONE, files).start();
      CompletableFuture<CapturedState> capture = program.capture(true);
      assertThatThrownBy(() -> capture.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
          .hasMessageContaining("1 file operation(s) of the program did not complete within 200 ms: not captured, the program runs on");
      files.release();
      assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
      assertThat(out.toString()).isEqualTo("written null\n");
    }
  }
}
