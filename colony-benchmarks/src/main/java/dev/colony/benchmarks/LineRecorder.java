package dev.colony.benchmarks;

import dev.colony.runtime.ProgramOutput;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects a program's console output with the time each line was written; the program thread
 * writes it synchronously, so the stamps are the program's own progress.
 */
final class LineRecorder implements ProgramOutput {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<String> lines = new ArrayList<>();
  private final List<Long> stamps = new ArrayList<>();
  private final List<Long> cpuStamps = new ArrayList<>();
  private final StringBuilder stderr = new StringBuilder();
  private final Consumer<String> onLine;

  LineRecorder() {
    this(line -> {});
  }

  /** @param onLine called on the program's thread after each standard-output line is recorded */
  LineRecorder(Consumer<String> onLine) {
    this.onLine = onLine;
  }

  @Override
  public void stdout(String text) {
    long now = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    synchronized (this) {
      stamps.add(now);
      cpuStamps.add(cpu);
      lines.add(text);
    }
    onLine.accept(text);
  }

  @Override
  public synchronized void stderr(String text) {
    stderr.append(text).append('\n');
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  synchronized String stderr() {
    return stderr.toString();
  }

  /** When the first line was written, or -1. */
  synchronized long firstStamp() {
    return stamps.isEmpty() ? -1 : stamps.get(0);
  }

  /** From the first line to the last: the kernel's own time. */
  synchronized long kernelNanos() throws KernelFailure {
    if (stamps.size() < 2) {
      throw new KernelFailure("the kernel printed " + stamps.size()
          + " line(s); it must print a header and a checksum" + (stderr.isEmpty() ? "" : ": " + stderr.toString().strip()));
    }
    return stamps.get(stamps.size() - 1) - stamps.get(0);
  }

  /** CPU time the program's thread spent from the first line to the last (not GC or JIT threads). */
  synchronized long kernelCpuNanos() throws KernelFailure {
    kernelNanos();
    return cpuStamps.get(cpuStamps.size() - 1) - cpuStamps.get(0);
  }
}
