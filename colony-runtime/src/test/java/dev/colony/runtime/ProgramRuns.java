package dev.colony.runtime;

import dev.colony.runtime.snapshot.SnapshotKey;
import java.util.concurrent.TimeUnit;

/** Runs a short program to its end and returns what it printed: stdout, then stderr. */
final class ProgramRuns {
  private static final JsRuntime RUNTIME = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

  private ProgramRuns() {}

  static String output(String source) throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Program program = RUNTIME.load("test", RUNTIME.compile("t.js", source), RunSmokeTest.collect(out, err)).start();
    program.exit().get(30, TimeUnit.SECONDS);
    return out.append(err).toString();
  }
}
