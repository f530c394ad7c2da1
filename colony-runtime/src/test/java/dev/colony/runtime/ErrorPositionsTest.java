package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.snapshot.SnapshotKey;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Uncaught errors and error stacks name the line and column of the user's source, not of the lowered code. */
class ErrorPositionsTest {
  private final JsRuntime runtime = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

  private record Run(String out, String err, ProgramExit exit) {}

  private Run run(String source) throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    ProgramExit exit = runtime.load("p", runtime.compile("t.js", source), ProgramRun.collect(out, err))
        .start().exit().get(30, TimeUnit.SECONDS);
    return new Run(out.toString(), err.toString(), exit);
  }

  @Test
  void anErrorThrownInAClassMethod() throws Exception {
    Run r = run("""
        // a comment
        class Account {
          withdraw(x) {
            if (x > 1) {
              throw new RangeError('insufficient');
            }
          }
        }
        new Account().withdraw(5);
        """);
    assertThat(r.exit).isEqualTo(new ProgramExit(ProgramExit.Outcome.FAILED, "Uncaught RangeError: insufficient (t.js:5:7)"));
    assertThat(r.err).contains("RangeError: insufficient\n    at withdraw (t.js:5:7)\n    at main (t.js:9:15)\n");
  }

  @Test
  void aTypeErrorInAnAsyncFunctionAfterAnAwait() throws Exception {
    Run r = run("""
        const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
        async function load(id) {
          await sleep(1);
          const { value } = { value: id };
          return value.missing.deeper;
        }
        load(3);
        """);
    assertThat(r.exit.message()).endsWith("Cannot read property \"deeper\" from undefined (t.js:5:3)");
    assertThat(r.err).endsWith("from undefined\n    at t.js:5:3\n");
  }

  @Test
  void anErrorInAGeneratorBodyKeepsWhereItWasThrown() throws Exception {
    Run r = run("""
        function* counter(limit) {
          let i = 0;
          while (true) {
            yield i++;
            if (i > limit) throw new Error('past ' + limit);
          }
        }
        try {
          for (const v of counter(1)) console.log(v);
        } catch (e) {
          console.log(e.stack);
        }
        """);
    assertThat(r.exit.outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(r.out).isEqualTo("0\n1\n\tat t.js:5:20\n\tat t.js:9:31 (main)\n\n");
  }
}
