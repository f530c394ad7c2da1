package dev.colony.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code colony} as its own JVM process, as a user would, with this test's classpath. */
final class ColonyProcess {
  record Result(int exitCode, String stdout, String stderr) {}

  private ColonyProcess() {}

  static Result run(Path home, Map<String, String> environment, String... args) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(ColonyJvm.command(home, List.of(), List.of(args)));
    builder.environment().remove("COLONY_SNAPSHOT_KEY");
    builder.environment().putAll(environment);
    Path out = home.resolve("stdout.txt");
    Path err = home.resolve("stderr.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("colony " + String.join(" ", args) + " did not finish in 3 minutes");
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
