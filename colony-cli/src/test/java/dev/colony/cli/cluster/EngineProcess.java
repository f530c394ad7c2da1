package dev.colony.cli.cluster;

import dev.colony.cli.ColonyCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code colony engine} as its own JVM process, started as a user would, with this test's classpath. */
final class EngineProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;

  private EngineProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  static EngineProcess start(Path dir, URI coordinator, String clusterToken, String name) {
    Path log = dir.resolve(name + ".log");
    List<String> command = List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "--sun-misc-unsafe-memory-access=allow", "-Xss16m", "-Xmx512m",
        "-Duser.home=" + dir, "-cp", System.getProperty("java.class.path"), ColonyCommand.class.getName(),
        "engine", "--coordinator", coordinator.toString(), "--name", name);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("COLONY_CLUSTER_TOKEN", clusterToken);
    try {
      return new EngineProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start engine " + name, e);
    }
  }

  String name() {
    return name;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** What the process printed so far, for failure messages. */
  String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** SIGKILL: the engine gets no chance to say goodbye; the broker's last will speaks for it. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /** SIGSTOP: the engine's connections stay open but it answers nothing, like a hung machine. */
  void freeze() {
    signal("STOP");
  }

  private void signal(String signal) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      signal("CONT");
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        kill9();
      }
    }
  }
}
