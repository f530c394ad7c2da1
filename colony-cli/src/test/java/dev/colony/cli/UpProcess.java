package dev.colony.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code colony up} in a JVM of its own (no in-process engines), for tests that must kill or starve it. */
final class UpProcess implements AutoCloseable {
  private final Process process;
  private final URI url;
  private final Path err;

  private UpProcess(Process process, URI url, Path err) {
    this.process = process;
    this.url = url;
    this.err = err;
  }

  /** Starts it on {@code data} with free ports and returns once it printed 'colony ready URL'. */
  static UpProcess start(Path dir, Path data, List<String> jvmOptions) throws Exception {
    Files.createDirectories(dir);
    Path out = Files.createTempFile(dir, "up", ".out");
    Path err = Files.createTempFile(dir, "up", ".err");
    Process process = new ProcessBuilder(ColonyJvm.command(dir, jvmOptions,
        List.of("up", "--data", data.toString(), "--port", "0", "--mqtt-port", "0", "--engines", "0")))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && process.isAlive()) {
      String text = Files.readString(out);
      if (text.startsWith("colony ready ") && text.endsWith("\n")) {
        return new UpProcess(process, URI.create(text.substring("colony ready ".length()).strip()), err);
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new AssertionError("colony up not ready: " + Files.readString(out) + Files.readString(err));
  }

  URI url() {
    return url;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String stderr() throws IOException {
    return Files.readString(err);
  }

  /** SIGKILL: no shutdown hook, no flush, nothing closed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }
}
