package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.snapshot.SnapshotKey;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scopes built ahead by a runtime with spares: each serves exactly one program, which behaves as without them. */
class SpareScopesTest {
  private final JsRuntime spares = JsRuntime.withSpareScopes(Limits.defaults(), SnapshotKey.random(), 1);

  @AfterEach
  void close() {
    spares.close();
  }

  @Test
  void programsOnSpareScopesPrintWhatTheyPrintWithoutAndShareNothing() throws Exception {
    String program = """
        console.log(typeof leftover, [3, 1, 2].sort().join(), new Map([[1, 'a']]));
        globalThis.leftover = 1;
        Array.prototype.extra = 'changed';
        """;
    String expected = ProgramRun.output(program);
    for (int i = 0; i < 4; i++) {
      Thread.sleep(150); // time for the next spare scope
      assertThat(ProgramRun.stdout(spares, program)).as("program %d", i).isEqualTo(expected);
    }
    assertThat(expected).isEqualTo("undefined 1,2,3 Map(1) { 1 => 'a' }\n");
  }

  @Test
  void aProgramCapturedOnOneSpareScopeResumesOnAnother() throws Exception {
    CaptureRuns.Run run = new CaptureRuns(spares).run("spares", spares.compile("t.js", """
        let total = 0;
        for (let i = 0; i < 20000; i++) total += i % 7;
        setTimeout(() => console.log('total', total), 5);
        """), 50_000, 100_000);
    assertThat(run.captures()).isEqualTo(2);
    assertThat(run.out()).isEqualTo("total 59997\n");
  }

  @Test
  void startedCompletesBeforeTheProgramEndsAndAlsoForAProgramThatFails() throws Exception {
    StringBuilder out = new StringBuilder();
    Program failing = spares.load("f", spares.compile("f.js", "throw new Error('boom')"),
        ProgramRun.collect(out, new StringBuilder()));
    failing.start();
    failing.started().get(30, TimeUnit.SECONDS);
    assertThat(failing.exit().get(30, TimeUnit.SECONDS).outcome()).isEqualTo(ProgramExit.Outcome.FAILED);
    assertThat(failing.started()).isCompleted().isNotCompletedExceptionally();
  }
}
