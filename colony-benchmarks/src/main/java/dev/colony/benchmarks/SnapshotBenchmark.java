package dev.colony.benchmarks;

import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.Limits;
import dev.colony.runtime.snapshot.SnapshotKey;
import dev.colony.runtime.Program;
import dev.colony.runtime.ProgramExit;
import dev.colony.runtime.engine.CapturedState;
import dev.colony.runtime.transpile.TranspiledSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

/**
 * Snapshot size, capture time and restore time of a program holding 0, 1k, 10k or 100k live
 * objects (section c of {@code docs/benchmarks.md}), in a warm JVM.
 *
 * <p>The program ({@code src/main/resources/snapshot/heap.js}) builds its heap, prints "ready"
 * and goes idle with a timer pending. The benchmark asks for a capture from the console callback
 * of that line, so the program is captured (and stopped) at the event boundary right after its
 * main body. <b>Capture</b> is from that request to the snapshot being ready. <b>Restore</b> is
 * from {@code runtime.restore(…)} to the restored program's first console line, which its timer
 * prints at once: a fresh program scope, deserialisation, and the event loop's first turn. The
 * timer's next line checks the restored heap against the checksum printed before capture.
 *
 * <p>Run it through the suite: {@code bench/run.sh --no-kernels} (add {@code --sizes 0,10000}).
 * Alone, after {@code ./mvnw -B -q -DskipTests -pl colony-benchmarks -am package}:
 * {@code java -Xss16m -cp "$(cat colony-benchmarks/target/classpath.txt):colony-benchmarks/target/classes"
 * dev.colony.benchmarks.SnapshotBenchmark [warmup runs [objects...]]}.
 */
public final class SnapshotBenchmark {
  static final List<Integer> SIZES = List.of(0, 1_000, 10_000, 100_000);

  /** The goal: a program of 10k objects captured and restored within this many milliseconds. */
  static final int GOAL_OBJECTS = 10_000;
  static final double GOAL_MS = 300;

  /** One capture and restore. */
  record Sample(long bytes, long captureNanos, long restoreNanos, String capturePoint) {}

  /** The report: one result per heap size, and what a fresh empty program takes to start. */
  record Report(List<Result> results, double freshStartMs) {}

  /** Every measured sample for one heap size; {@code failure} says why it stopped, or is null. */
  record Result(int objects, List<Sample> samples, long gzipBytes, String failure) {
    double captureMs() {
      return Stats.millis(Stats.median(samples.stream().map(Sample::captureNanos).toList()));
    }

    double restoreMs() {
      return Stats.millis(Stats.median(samples.stream().map(Sample::restoreNanos).toList()));
    }

    double totalMs() {
      return Stats.millis(Stats.median(samples.stream().map(s -> s.captureNanos() + s.restoreNanos()).toList()));
    }

    long bytes() {
      return (long) Stats.median(samples.stream().map(Sample::bytes).toList());
    }
  }

  private final JsRuntime runtime = JsRuntime.create(Limits.defaults(), SnapshotKey.random());
  private final int warmup;
  private final int runs;
  private final PrintStream log;

  SnapshotBenchmark(int warmup, int runs, PrintStream log) {
    this.warmup = warmup;
    this.runs = runs;
    this.log = log;
  }

  Report run(List<Integer> sizes) {
    warmUpJit();
    List<Result> results = new ArrayList<>();
    for (int objects : sizes) {
      results.add(measure(objects));
    }
    return new Report(results, freshStartMs());
  }

  /**
   * Captures and restores a 10k-object program a few times before anything is measured, so the
   * serialisation code is JIT-compiled for the small sizes too, which alone would barely warm it.
   */
  private void warmUpJit() {
    log.println("warming up the JIT: capture and restore of 10,000 objects x 3");
    TranspiledSource compiled = compile(GOAL_OBJECTS);
    for (int i = 0; i < 3; i++) {
      try {
        once(compiled, GOAL_OBJECTS, new AtomicReference<>());
      } catch (KernelFailure e) {
        return; // measured again below, where it counts
      }
    }
  }

  private TranspiledSource compile(int objects) {
    return runtime.compile("heap.js", Kernel.resource("snapshot/heap.js").replace("__OBJECTS__", Integer.toString(objects)));
  }

  /** From starting an empty program to its first console line: the part of a restore that is not the snapshot's. */
  private double freshStartMs() {
    TranspiledSource compiled = runtime.compile("empty.js", "console.log('started');");
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < warmup + runs; i++) {
      System.gc();
      LineRecorder out = new LineRecorder();
      long start = System.nanoTime();
      Program p = runtime.load("empty", compiled, out).start();
      try {
        ColonyEngine.awaitExit(p);
      } catch (KernelFailure e) {
        return Double.NaN;
      }
      if (i >= warmup && out.firstStamp() > 0) {
        times.add(out.firstStamp() - start);
      }
    }
    double ms = Stats.millis(Stats.median(times));
    log.printf(Locale.ROOT, "fresh empty program: first line after %.1f ms%n", ms);
    return ms;
  }

  private Result measure(int objects) {
    log.printf("snapshot %,d objects: ", objects);
    TranspiledSource compiled = compile(objects);
    List<Sample> samples = new ArrayList<>();
    long gzipBytes = -1;
    try {
      for (int i = 0; i < warmup + runs; i++) {
        System.gc();
        AtomicReference<byte[]> state = new AtomicReference<>();
        Sample sample = once(compiled, objects, state);
        if (i >= warmup) {
          samples.add(sample);
        }
        if (gzipBytes < 0) {
          gzipBytes = gzipped(state.get());
        }
      }
    } catch (KernelFailure e) {
      log.println("FAILED " + e.getMessage());
      return new Result(objects, samples, gzipBytes, e.getMessage());
    }
    Result result = new Result(objects, samples, gzipBytes, null);
    log.printf(Locale.ROOT, "%s, capture %.1f ms, restore %.1f ms (captures %s; restores %s)%n",
        Markdown.bytes(result.bytes()), result.captureMs(), result.restoreMs(),
        KernelBenchmark.list(samples.stream().map(Sample::captureNanos).toList()),
        KernelBenchmark.list(samples.stream().map(Sample::restoreNanos).toList()));
    return result;
  }

  private Sample once(TranspiledSource compiled, int objects, AtomicReference<byte[]> stateOut) throws KernelFailure {
    String id = "heap-" + objects;
    AtomicReference<Program> program = new AtomicReference<>();
    AtomicReference<CompletableFuture<CapturedState>> capture = new AtomicReference<>();
    AtomicReference<String> expected = new AtomicReference<>();
    AtomicLong requestedAt = new AtomicLong();
    AtomicLong capturedAt = new AtomicLong();
    LineRecorder out = new LineRecorder(line -> {
      if (line.startsWith("ready ")) {
        expected.set(line.substring(line.indexOf("checksum ")));
        requestedAt.set(System.nanoTime());
        CompletableFuture<CapturedState> future = program.get().capture(true);
        future.thenRun(() -> capturedAt.set(System.nanoTime()));
        capture.set(future);
      }
    });
    Program p = runtime.load(id, compiled, out);
    program.set(p);
    p.start();
    ProgramExit exit = ColonyEngine.awaitExit(p);
    if (exit.outcome() != ProgramExit.Outcome.CAPTURED || capture.get() == null) {
      throw new KernelFailure("the program was not captured: " + exit + " " + out.stderr().strip());
    }
    CapturedState state = get(capture.get());
    stateOut.set(state.state());

    LineRecorder restored = new LineRecorder();
    long restoreStart = System.nanoTime();
    Program q = runtime.restore(runtime.seal(state), restored).start();
    ProgramExit end = ColonyEngine.awaitExit(q);
    if (end.outcome() != ProgramExit.Outcome.COMPLETED) {
      throw new KernelFailure("the restored program did not complete: " + end + " " + restored.stderr().strip());
    }
    if (!restored.lines().equals(List.of("resumed", expected.get()))) {
      throw new KernelFailure("the restored program printed " + restored.lines() + ", expected [resumed, " + expected.get() + "]");
    }
    return new Sample(state.state().length, capturedAt.get() - requestedAt.get(), restored.firstStamp() - restoreStart,
        state.summary().capturePoint().label());
  }

  private static CapturedState get(CompletableFuture<CapturedState> future) throws KernelFailure {
    try {
      return future.get(ColonyEngine.RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new KernelFailure("capture failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new KernelFailure("capture did not complete in time");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KernelFailure("interrupted");
    }
  }

  private static long gzipped(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }

  // ---- report ----

  static String table(Report report) {
    List<Result> results = report.results();
    Markdown md = new Markdown("live objects", "snapshot", "gzipped", "capture ms", "restore ms", "capture + restore ms");
    List<String> notes = new ArrayList<>();
    Result goal = null;
    for (Result r : results) {
      if (r.failure() != null) {
        md.row(String.format(Locale.ROOT, "%,d", r.objects()), "**FAILS**", "", "", "", "");
        notes.add("- " + r.objects() + " objects: " + Markdown.oneLine(r.failure()));
        continue;
      }
      md.row(String.format(Locale.ROOT, "%,d", r.objects()), Markdown.bytes(r.bytes()), Markdown.bytes(r.gzipBytes()),
          Markdown.ms(r.captureMs()), Markdown.ms(r.restoreMs()), Markdown.ms(r.totalMs()));
      if (r.objects() == GOAL_OBJECTS) {
        goal = r;
      }
      for (Sample s : r.samples()) {
        if (!s.capturePoint().equals("event-boundary")) {
          notes.add("- " + r.objects() + " objects: captured at " + s.capturePoint() + ", not at the event boundary");
          break;
        }
      }
    }
    String verdict = goal == null
        ? String.format(Locale.ROOT, "**Goal (%,d objects captured + restored in under %.0f ms): not measured.**", GOAL_OBJECTS, GOAL_MS)
        : String.format(Locale.ROOT, "**Goal (%,d objects captured + restored in under %.0f ms): %s** — %s ms (median of the sums).",
            GOAL_OBJECTS, GOAL_MS, goal.totalMs() < GOAL_MS ? "MET" : "NOT MET", Markdown.ms(goal.totalMs()));
    String fresh = String.format(Locale.ROOT, "For scale: a fresh empty program prints its first line %s ms after "
        + "`start()` (thread, scope, prelude, built-in table); every restore pays that before it reads a byte.",
        Markdown.ms(report.freshStartMs()));
    return md + "\n" + verdict + "\n\n" + fresh + "\n" + (notes.isEmpty() ? "" : "\n" + String.join("\n", notes) + "\n");
  }

  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    List<Integer> sizes = args.length > 2
        ? List.of(args).subList(2, args.length).stream().map(Integer::parseInt).toList() : SIZES;
    System.out.println(table(new SnapshotBenchmark(warmup, runs, System.err).run(sizes)));
  }
}
