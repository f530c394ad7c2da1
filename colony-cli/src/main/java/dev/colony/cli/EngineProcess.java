package dev.colony.cli;

import dev.colony.client.ColonyClient;
import dev.colony.protocol.EngineState;
import dev.colony.protocol.api.EngineView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code colony engine} as its own JVM process, started as a user would, with this JVM's classpath:
 * how the cluster tests and the cluster benchmark put engines beside a coordinator.
 */
public final class EngineProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;

  private EngineProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts the engine, its output in {@code dir/NAME.log}; it joins on its own, see {@link #await}. */
  public static EngineProcess start(Path dir, URI coordinator, String clusterToken, String name, int maxHeapMiB) {
    Path log = dir.resolve(name + ".log");
    List<String> command = ColonyJvm.command(dir, List.of("-Xmx" + maxHeapMiB + "m"),
        List.of("engine", "--coordinator", coordinator.toString(), "--name", name));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put(ClusterSettings.CLUSTER_TOKEN_ENV, clusterToken);
    try {
      return new EngineProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start engine " + name, e);
    }
  }

  public String name() {
    return name;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** What the process printed so far, for failure messages. */
  public String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** Waits until the coordinator shows this engine in {@code state}; an engine that exits before it is online fails at once. */
  public EngineView await(ColonyClient client, EngineState state, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      for (EngineView view : client.engines()) {
        if (view.name().equals(name) && view.state() == state) {
          return view;
        }
      }
      if (state == EngineState.ONLINE && !process.isAlive()) {
        throw new IllegalStateException("engine " + name + " exited:\n" + output());
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("engine " + name + " not " + state + " within " + within.toSeconds()
        + " s; engines: " + client.engines() + "\n" + output());
  }

  /** SIGKILL: the engine gets no chance to say goodbye; the broker's last will speaks for it. */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /** SIGSTOP: the engine's connections stay open but it answers nothing, like a hung machine. */
  public void freeze() {
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

  /** SIGTERM, so the engine leaves as {@code colony engine} does on Ctrl-C; SIGKILL if it has not within 10 s. */
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
