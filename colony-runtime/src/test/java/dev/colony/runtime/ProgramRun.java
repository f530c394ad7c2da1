package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.snapshot.SnapshotKey;
import java.util.concurrent.TimeUnit;

/** What one program printed and how it ended, running uninterrupted. */
record ProgramRun(String out, String err, ProgramExit exit) {
  private static final JsRuntime SHARED = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

  /** Runs a short program to its end and returns what it printed: stdout, then stderr. */
  static String output(String source) throws Exception {
    ProgramRun run = of(SHARED, "test", source);
    return run.out() + run.err();
  }

  /** Runs a program that must complete printing nothing to stderr, and returns its stdout. */
  static String stdout(JsRuntime runtime, String source) throws Exception {
    ProgramRun run = of(runtime, "test", source);
    assertThat(run.err()).as("stderr").isEmpty();
    assertThat(run.exit().outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    return run.out();
  }

  static ProgramRun of(JsRuntime runtime, String id, String source) throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Program p = runtime.load(id, runtime.compile("t.js", source), collect(out, err)).start();
    ProgramExit exit = p.exit().get(30, TimeUnit.SECONDS);
    return new ProgramRun(out.toString(), err.toString(), exit);
  }

  static ProgramOutput collect(StringBuilder out, StringBuilder err) {
    return new ProgramOutput() {
      public synchronized void stdout(String text) { out.append(text).append('\n'); }
      public synchronized void stderr(String text) { err.append(text).append('\n'); }
    };
  }
}
