package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.conformance.Corpus;
import dev.colony.runtime.conformance.KnownDifferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus program moved between processes twice in a row: {@code local run} captures it at
 * its first safepoint, a new process resumes it and captures it again at its first safepoint or
 * event boundary, a third finishes it (capture points that do not depend on timing). The three processes together must print exactly what Node prints.
 */
@Tag("slow")
class CrossProcessConformanceTest {
  @TempDir Path home;

  static List<Corpus> corpus() {
    return Corpus.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void continuesInANewProcessTwiceInARow(Corpus program) throws Exception {
    var known = KnownDifferences.reason(program, KnownDifferences.Mode.CAPTURE);
    Assumptions.assumeTrue(known.isEmpty(), () -> "known difference: " + known.orElseThrow());
    Path source = Files.writeString(home.resolve(program.name()), program.source());
    Path first = home.resolve("first.snap");
    Path second = home.resolve("second.snap");

    var run = colony("local", "run", source.toString(), "--snapshot-at", "0", "--snapshot-to", first.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(first).as("captured at the first safepoint").exists();
    var resumed = colony("local", "resume", first.toString(), "--snapshot-at", "0", "--snapshot-to", second.toString());
    assertThat(resumed.exitCode()).as(resumed.stderr()).isZero();
    var finished = Files.exists(second) ? colony("local", "resume", second.toString()) : null;

    String stdout = run.stdout() + resumed.stdout() + (finished == null ? "" : finished.stdout());
    String stderr = programStderr(run) + programStderr(resumed) + (finished == null ? "" : programStderr(finished));
    assertThat(stdout).isEqualTo(program.expectedStdout());
    assertThat(stderr).isEqualTo(program.expectedStderr());
    if (finished != null) {
      assertThat(finished.exitCode()).as(finished.stderr()).isZero();
    }
  }

  private ColonyProcess.Result colony(String... args) throws Exception {
    return ColonyProcess.run(home, Map.of(), args);
  }

  /** The program's own stderr: without the CLI's notes about snapshots it wrote. */
  private static String programStderr(ColonyProcess.Result result) {
    return result.stderr().lines()
        .filter(line -> !line.startsWith("colony: snapshot written to ") && !line.startsWith("colony: the program ended before"))
        .map(line -> line + "\n")
        .collect(Collectors.joining());
  }
}
