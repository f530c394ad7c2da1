package dev.colony.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code colony} as its own JVM process, as a user would, with this test's classpath. */
final class ColonyProcess {
  record Result(int exitCode, String stdout, String stderr) {}

  private ColonyProcess() {}

  static Result run(Path home, Map<String, String> environment, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "--sun-misc-unsafe-memory-access=allow", "-Xss16m",
        "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), ColonyCommand.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("COLONY_SNAPSHOT_KEY");
    builder.environment().putAll(environment);
    Path out = home.resolve("stdout.txt");
    Path err = home.resolve("stderr.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile()));
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("colony " + String.join(" ", args) + " did not finish in 3 minutes");
    }
    return new Result(process.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
        java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
  }

  private static java.io.File nullFile() {
    return new java.io.File("/dev/null");
  }
}
