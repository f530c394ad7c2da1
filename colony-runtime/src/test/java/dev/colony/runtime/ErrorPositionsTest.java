package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.snapshot.SnapshotKey;
import org.junit.jupiter.api.Test;

/** Uncaught errors and error stacks name the line and column of the user's source, not of the lowered code. */
class ErrorPositionsTest {
  private final JsRuntime runtime = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

  private ProgramRun run(String source) throws Exception {
    return ProgramRun.of(runtime, "p", source);
  }

  @Test
  void anErrorThrownInAClassMethod() throws Exception {
    ProgramRun r = run("""
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
    assertThat(r.exit()).isEqualTo(new ProgramExit(ProgramExit.Outcome.FAILED, "Uncaught RangeError: insufficient (t.js:5:7)"));
    assertThat(r.err()).contains("RangeError: insufficient\n    at withdraw (t.js:5:7)\n    at main (t.js:9:15)\n");
  }

  @Test
  void aTypeErrorInAnAsyncFunctionAfterAnAwait() throws Exception {
    ProgramRun r = run("""
        const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
        async function load(id) {
          await sleep(1);
          const { value } = { value: id };
          return value.missing.deeper;
        }
        load(3);
        """);
    assertThat(r.exit().message()).endsWith("Cannot read property \"deeper\" from undefined (t.js:5:3)");
    assertThat(r.err()).endsWith("from undefined\n    at t.js:5:3\n");
  }

  @Test
  void anErrorInAGeneratorBodyKeepsWhereItWasThrown() throws Exception {
    ProgramRun r = run("""
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
    assertThat(r.exit().outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(r.out()).isEqualTo("0\n1\n\tat t.js:5:20\n\tat t.js:9:31 (main)\n\n");
  }
}
