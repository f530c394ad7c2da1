package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code colony up} as its own process, as a user starts it: what it prints, and where. */
@Timeout(120)
class UpProcessTest {
  @TempDir Path dir;

  @Test
  void stdoutIsTheReadyLineAloneAndStderrSaysWhereTheSecretsAre() throws Exception {
    Path data = dir.resolve("data");
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process up = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
        "--sun-misc-unsafe-memory-access=allow", "-Xss16m", "-Duser.home=" + dir, "-cp", System.getProperty("java.class.path"),
        ColonyCommand.class.getName(), "up", "--data", data.toString(), "--port", "0", "--mqtt-port", "0", "--engines", "0"))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (!Files.readString(out).contains("\n") && up.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(Files.readString(out)).as("stderr: %s", Files.readString(err)).matches("colony ready http://127\\.0\\.0\\.1:\\d+\n");
      up.destroy(); // SIGTERM, as Ctrl-C or a service manager stops it
      assertThat(up.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(up.exitValue()).as("the exit code its help gives for SIGTERM").isEqualTo(143);
      assertThat(Files.readString(out)).as("stdout, once stopped").matches("colony ready http://127\\.0\\.0\\.1:\\d+\n");
    } finally {
      up.destroyForcibly();
    }
    assertThat(Files.readString(err)).contains("admin token: " + data.toAbsolutePath().resolve("admin.token") + "\n")
        .contains("MQTT for talking to programs (user/#): " + data.toAbsolutePath().resolve("mqtt-program.properties") + "\n")
        .doesNotContain(" INFO ");
  }
}
