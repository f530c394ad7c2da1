package dev.colony.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs kernels on Node, the reference for speed and for output: one Node process per kernel
 * runs its warm-up and measured runs ({@code src/main/resources/node/kernel-runner.js}).
 */
final class NodeEngine {
  private final String node;
  private final Path workDir;
  private final Path runner;

  /** What Node printed and how long each measured run took; {@code failure} is null when it ran. */
  record Result(List<String> lines, List<Long> kernelNanos, String failure) {}

  NodeEngine(String node, Path workDir) {
    this.node = node;
    this.workDir = workDir;
    this.runner = workDir.resolve("kernel-runner.js");
    write(runner, Kernel.resource("node/kernel-runner.js"));
  }

  String version() {
    try {
      Process p = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
      String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor() == 0 ? v : "unknown (" + v + ")";
    } catch (IOException e) {
      return "not found (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  Result measure(Kernel kernel, int warmup, int runs) {
    Path file = workDir.resolve(kernel.fileName());
    write(file, kernel.source());
    List<String> lines = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    try {
      Path log = workDir.resolve(kernel.name() + ".out");
      Process p = new ProcessBuilder(node, runner.toString(), file.toString(), String.valueOf(warmup), String.valueOf(runs))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(ColonyEngine.RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(lines, times, "did not end within " + ColonyEngine.RUN_TIMEOUT.toSeconds() + " s (killed)");
      }
      String output = Files.readString(log);
      for (String line : output.split("\n", -1)) {
        if (line.startsWith("OUT ")) {
          lines.add(line.substring(4));
        } else if (line.startsWith("MS ")) {
          times.add(Math.round(Double.parseDouble(line.substring(3)) * 1e6));
        } else if (line.startsWith("FAIL ")) {
          return new Result(lines, times, line.substring(5));
        }
      }
      if (times.size() != runs) {
        return new Result(lines, times, "node exited " + p.exitValue() + ": " + output.strip());
      }
      return new Result(lines, times, null);
    } catch (IOException e) {
      return new Result(lines, times, "cannot run node: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(lines, times, "interrupted");
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
