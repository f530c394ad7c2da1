package dev.colony.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.CaptureRuns;
import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.Limits;
import dev.colony.runtime.snapshot.SnapshotKey;
import dev.colony.runtime.transpile.JsSyntaxException;
import dev.colony.runtime.transpile.TranspiledSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hunts latent capture bugs: every corpus program captured at {@value #POINTS} instruction counts
 * spread over its run, each followed by two captures in a row (the restored program captured again
 * at once), and once more captured at all those points in one chain of restores. Every run must
 * print what the program prints uninterrupted in Colony, which is Node's output unless
 * known-differences.txt lists the program as differing when run, so this covers those programs too.
 *
 * <p>About 10 minutes on a busy 2-core machine, so it runs only when asked:
 * {@code ./mvnw -pl colony-runtime test -Dtest=CaptureSweepTest -Dcolony.captureSweep=true}.
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "colony.captureSweep", matches = "true")
class CaptureSweepTest {
  private static final int POINTS = 10;
  private static final JsRuntime RUNTIME = JsRuntime.create(Limits.defaults(), SnapshotKey.random());
  private static final CaptureRuns RUNS = new CaptureRuns(RUNTIME);

  static List<Corpus> corpus() {
    return Corpus.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void printsTheSameWhereverItIsCaptured(Corpus program) throws Exception {
    TranspiledSource compiled;
    try {
      compiled = RUNTIME.compile(program.name(), program.source());
    } catch (JsSyntaxException e) {
      Assumptions.abort("does not compile: " + KnownDifferences.reason(program, KnownDifferences.Mode.RUN).orElseThrow());
      return;
    }
    CaptureRuns.Run plain = RUNS.run(program.name(), compiled);
    long[] points = LongStream.rangeClosed(1, POINTS).map(k -> plain.instructions() * k / (POINTS + 1)).toArray();
    List<String> failures = new ArrayList<>();
    for (long point : points) {
      check(program, compiled, plain, failures, point, point, point);
    }
    check(program, compiled, plain, failures, points);
    assertThat(failures).as("%s: runs that differ from the uninterrupted one (%d instructions)",
        program.name(), plain.instructions()).isEmpty();
  }

  private static void check(Corpus program, TranspiledSource compiled, CaptureRuns.Run plain, List<String> failures,
      long... points) throws Exception {
    CaptureRuns.Run captured = RUNS.run(program.name(), compiled, points);
    if (!captured.out().equals(plain.out()) || !captured.err().equals(plain.err())
        || !captured.exit().equals(plain.exit())) {
      failures.add("captured at " + Arrays.toString(points) + ": " + firstDifference(plain, captured));
    }
  }

  private static String firstDifference(CaptureRuns.Run expected, CaptureRuns.Run actual) {
    if (!actual.exit().equals(expected.exit())) {
      return "exit " + actual.exit() + " instead of " + expected.exit() + "; stderr " + actual.err();
    }
    String[] want = (expected.out() + expected.err()).split("\n", -1);
    String[] got = (actual.out() + actual.err()).split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "<end>";
      String g = i < got.length ? got[i] : "<end>";
      if (!w.equals(g)) {
        return "line " + (i + 1) + ": got [" + g + "] instead of [" + w + "]";
      }
    }
    return "same lines, different streams";
  }
}
