package dev.colony.benchmarks;

import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.Limits;
import dev.colony.runtime.snapshot.SnapshotKey;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every kernel on Node and, in this JVM, on Colony (full transpile with safepoints),
 * Colony without safepoints, plain Rhino on the lowered code, and plain Rhino on the source;
 * checks that each prints what Node prints; and reports medians and ratios: Colony against Node
 * (section a of {@code docs/benchmarks.md}) and the cost of migratability against plain Rhino
 * (section b).
 *
 * <p>Each run is a fresh program in a warm process; its time is from the kernel's first console
 * line to its last, the same in every engine, so program set-up is not counted. Every kernel
 * first runs once on every JVM engine to warm up the JIT; then, per kernel, the JVM engines run
 * in rounds, one run of each per round in a rotating order, so a burst of noise on the shared
 * machine falls on all of them alike.
 *
 * <p>Run it through the suite: {@code bench/run.sh --no-snapshots} (add {@code --kernels fib,nbody}
 * for a few, {@code --quick} for one measured run). Alone, after
 * {@code ./mvnw -B -q -DskipTests -pl colony-benchmarks -am package}:
 * {@code java -Xss16m -cp "$(cat colony-benchmarks/target/classpath.txt):colony-benchmarks/target/classes"
 * dev.colony.benchmarks.KernelBenchmark [warmup runs [kernel...]]}.
 */
public final class KernelBenchmark {
  static final String COLONY = "colony";
  static final String COLONY_NO_SAFEPOINTS = "colony-nosp";
  static final String RHINO_LOWERED = "rhino-lowered";
  static final String RHINO = "rhino";

  /** The goal for the cost of migratability (Colony against plain Rhino). */
  static final double GOAL_GEOMEAN = 1.30;
  static final double GOAL_WORST = 2.0;

  /** One engine's runs of one kernel; {@code failure} says why it stopped, or is null. */
  record Measured(List<Long> kernelNanos, List<Long> cpuNanos, List<Long> wallNanos, String failure) {
    double medianMs() {
      return failure == null && !kernelNanos.isEmpty() ? Stats.millis(Stats.median(kernelNanos)) : Double.NaN;
    }

    double medianSetUpMs() {
      List<Long> setUp = new ArrayList<>();
      for (int i = 0; i < kernelNanos.size(); i++) {
        setUp.add(wallNanos.get(i) - kernelNanos.get(i));
      }
      return Stats.millis(Stats.median(setUp));
    }
  }

  /** One kernel on every engine. */
  record Row(String kernel, NodeEngine.Result node, Map<String, Measured> engines) {
    double nodeMs() {
      return node.failure() == null ? Stats.millis(Stats.median(node.kernelNanos())) : Double.NaN;
    }

    double ms(String engine) {
      return engines.get(engine).medianMs();
    }

    String failure(String engine) {
      return engines.get(engine).failure();
    }

    /**
     * How much slower {@code engine} is than {@code base} in elapsed time: the median of the
     * per-round ratios, each from two runs made one after the other, so noise that lasts a round
     * falls on both.
     */
    double ratio(String engine, String base) {
      return paired(engines.get(engine), engines.get(base), Measured::kernelNanos);
    }

    /** The same by the CPU time of the program's thread, which time the thread spends waiting for a core does not inflate. */
    double cpuRatio(String engine, String base) {
      return paired(engines.get(engine), engines.get(base), Measured::cpuNanos);
    }

    private static double paired(Measured a, Measured b, java.util.function.Function<Measured, List<Long>> times) {
      if (a.failure() != null || b.failure() != null || times.apply(a).isEmpty()) {
        return Double.NaN;
      }
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < times.apply(a).size(); i++) {
        ratios.add((double) times.apply(a).get(i) / times.apply(b).get(i));
      }
      return Stats.median(ratios);
    }
  }

  private final NodeEngine node;
  private final Map<String, KernelEngine> engines = new LinkedHashMap<>();
  private final int warmup;
  private final int runs;
  private final PrintStream log;

  KernelBenchmark(NodeEngine node, int warmup, int runs, PrintStream log) {
    this.node = node;
    this.warmup = warmup;
    this.runs = runs;
    this.log = log;
    JsRuntime runtime = JsRuntime.create(Limits.defaults(), SnapshotKey.random());
    engines.put(COLONY, new ColonyEngine(runtime, true));
    engines.put(COLONY_NO_SAFEPOINTS, new ColonyEngine(runtime, false));
    engines.put(RHINO_LOWERED, new RhinoEngine(RhinoEngine.Mode.LOWERED));
    engines.put(RHINO, new RhinoEngine(RhinoEngine.Mode.SOURCE));
  }

  /** A kernel compiled for every engine that can compile it, and why the others cannot. */
  private record Compiled(Kernel kernel, Map<String, KernelEngine.Prepared> prepared, Map<String, String> failures) {}

  List<Row> run(List<Kernel> kernels) {
    List<Compiled> compiled = new ArrayList<>();
    for (Kernel kernel : kernels) {
      compiled.add(compile(kernel));
    }
    warmUpJit(compiled);
    List<Row> rows = new ArrayList<>();
    for (Compiled c : compiled) {
      rows.add(measure(c));
    }
    return rows;
  }

  private Compiled compile(Kernel kernel) {
    Map<String, KernelEngine.Prepared> prepared = new LinkedHashMap<>();
    Map<String, String> failures = new LinkedHashMap<>();
    for (var entry : engines.entrySet()) {
      try {
        prepared.put(entry.getKey(), entry.getValue().prepare(kernel));
      } catch (KernelFailure e) {
        failures.put(entry.getKey(), e.getMessage());
      }
    }
    return new Compiled(kernel, prepared, failures);
  }

  /**
   * Runs every kernel once on every engine before anything is measured. All engines share one
   * interpreter, whose JIT-compiled code depends on what it has run: without this the first
   * kernels would be measured on a colder JVM, and on code that later kernels' profiles change.
   */
  private void warmUpJit(List<Compiled> compiled) {
    log.println("warming up the JIT: every kernel once on every engine");
    for (Compiled c : compiled) {
      for (var entry : c.prepared().entrySet()) {
        if (!c.failures().containsKey(entry.getKey())) {
          try {
            entry.getValue().run();
          } catch (KernelFailure e) {
            // measured again below, where it counts
          }
        }
      }
    }
  }

  private Row measure(Compiled compiled) {
    Kernel kernel = compiled.kernel();
    log.printf("%-10s node: ", kernel.name());
    NodeEngine.Result reference = node.measure(kernel, warmup, runs);
    log.println(reference.failure() == null ? String.format(Locale.ROOT, "%.1f ms", Stats.millis(Stats.median(reference.kernelNanos())))
        : "FAILED " + reference.failure());

    Map<String, KernelEngine.Prepared> prepared = compiled.prepared();
    Map<String, String> failures = new LinkedHashMap<>(compiled.failures());
    Map<String, List<Long>> kernelNanos = new LinkedHashMap<>();
    Map<String, List<Long>> cpuNanos = new LinkedHashMap<>();
    Map<String, List<Long>> wallNanos = new LinkedHashMap<>();
    for (String engine : engines.keySet()) {
      kernelNanos.put(engine, new ArrayList<>());
      cpuNanos.put(engine, new ArrayList<>());
      wallNanos.put(engine, new ArrayList<>());
    }
    List<String> order = new ArrayList<>(prepared.keySet());
    for (int round = 0; round < warmup + runs; round++) {
      for (int i = 0; i < order.size(); i++) {
        String engine = order.get((i + round) % order.size());
        if (failures.containsKey(engine)) {
          continue;
        }
        System.gc();
        try {
          KernelRun run = prepared.get(engine).run();
          if (reference.failure() == null && !run.lines().equals(reference.lines())) {
            throw new KernelFailure("printed " + run.lines() + " where Node printed " + reference.lines());
          }
          if (round >= warmup) {
            kernelNanos.get(engine).add(run.kernelNanos());
            cpuNanos.get(engine).add(run.kernelCpuNanos());
            wallNanos.get(engine).add(run.wallNanos());
          }
        } catch (KernelFailure e) {
          failures.put(engine, e.getMessage());
        }
      }
    }
    Map<String, Measured> measured = new LinkedHashMap<>();
    for (String engine : engines.keySet()) {
      measured.put(engine, new Measured(kernelNanos.get(engine), cpuNanos.get(engine), wallNanos.get(engine),
          failures.get(engine)));
    }
    Row row = new Row(kernel.name(), reference, measured);
    for (var entry : measured.entrySet()) {
      Measured m = entry.getValue();
      log.printf("%-10s %s: %s%n", "", label(entry.getKey()), m.failure() == null
          ? String.format(Locale.ROOT, "%.1f ms (runs %s; thread CPU %s)", m.medianMs(), list(m.kernelNanos()), list(m.cpuNanos()))
          : "FAILED " + m.failure());
    }
    return row;
  }

  static String list(List<Long> nanos) {
    return String.join(" ", nanos.stream().map(n -> String.format(Locale.ROOT, "%.0f", Stats.millis(n))).toList());
  }

  // ---- reports ----

  /** Section a: Colony against Node. */
  static String nodeTable(List<Row> rows) {
    Markdown md = new Markdown("kernel", "Node ms", "Colony ms", "Colony / Node");
    List<Double> ratios = new ArrayList<>();
    Notes notes = new Notes();
    for (Row row : rows) {
      double ratio = row.ms(COLONY) / row.nodeMs();
      ratios.add(ratio);
      md.row(row.kernel(), Markdown.ms(row.nodeMs()), cell(row, COLONY), Markdown.ratio(ratio));
      notes.add(row, "Node", row.node().failure());
      notes.add(row, label(COLONY), row.failure(COLONY));
    }
    md.row("**geomean**", "", "", "**" + Markdown.ratio(Stats.geomean(ratios)) + "**");
    return md.toString() + notes;
  }

  /** Section b: Colony against plain Rhino, and where the difference comes from. */
  static String rhinoTable(List<Row> rows) {
    Markdown md = new Markdown("kernel", "Rhino ms", "Rhino, lowered ms", "Colony w/o safepoints ms", "Colony ms",
        "**Colony / Rhino**", "lowering", "sandbox", "safepoints", "Colony / Rhino by thread CPU");
    List<Double> total = new ArrayList<>();
    List<Double> totalCpu = new ArrayList<>();
    List<Double> lowering = new ArrayList<>();
    List<Double> sandbox = new ArrayList<>();
    List<Double> safepoints = new ArrayList<>();
    Notes notes = new Notes();
    String worst = null;
    double worstRatio = 0;
    int failing = 0;
    for (Row row : rows) {
      double colony = row.ratio(COLONY, RHINO);
      double lowered = row.ratio(RHINO_LOWERED, RHINO);
      double sandboxed = row.ratio(COLONY_NO_SAFEPOINTS, RHINO_LOWERED);
      double instrumented = row.ratio(COLONY, COLONY_NO_SAFEPOINTS);
      double colonyCpu = row.cpuRatio(COLONY, RHINO);
      total.add(colony);
      totalCpu.add(colonyCpu);
      lowering.add(lowered);
      sandbox.add(sandboxed);
      safepoints.add(instrumented);
      if (Double.isFinite(colony) && colony > worstRatio) {
        worstRatio = colony;
        worst = row.kernel();
      }
      if (row.failure(COLONY) != null) {
        failing++;
      }
      md.row(row.kernel(), cell(row, RHINO), cell(row, RHINO_LOWERED), cell(row, COLONY_NO_SAFEPOINTS), cell(row, COLONY),
          "**" + Markdown.ratio(colony) + "**", Markdown.ratio(lowered), Markdown.ratio(sandboxed), Markdown.ratio(instrumented),
          Markdown.ratio(colonyCpu));
      for (String engine : List.of(RHINO, RHINO_LOWERED, COLONY_NO_SAFEPOINTS, COLONY)) {
        notes.add(row, label(engine), row.failure(engine));
      }
    }
    double geomean = Stats.geomean(total);
    md.row("**geomean**", "", "", "", "", "**" + Markdown.ratio(geomean) + "**", Markdown.ratio(Stats.geomean(lowering)),
        Markdown.ratio(Stats.geomean(sandbox)), Markdown.ratio(Stats.geomean(safepoints)),
        Markdown.ratio(Stats.geomean(totalCpu)));
    long compared = total.stream().filter(Double::isFinite).count();
    boolean met = Double.isFinite(geomean) && geomean <= GOAL_GEOMEAN && worstRatio <= GOAL_WORST;
    String verdict = String.format(Locale.ROOT,
        "**Goal (Colony ≤ %.2f× plain Rhino as geomean, no kernel worse than %.0f×): %s** — geomean %s over the %d "
            + "kernel(s) plain Rhino runs correctly; worst: %s at %s.%s",
        GOAL_GEOMEAN, GOAL_WORST, met ? "MET" : "NOT MET", Markdown.ratio(geomean), compared,
        worst == null ? "none" : worst, Markdown.ratio(worstRatio),
        failing == 0 ? "" : " " + failing + " kernel(s) fail on Colony and are not counted.")
        + String.format(Locale.ROOT, " By the program thread's CPU time instead of elapsed time: geomean %s, worst %s.",
            Markdown.ratio(Stats.geomean(totalCpu)), Markdown.ratio(totalCpu.stream().filter(Double::isFinite)
                .max(Double::compare).orElse(Double.NaN)));
    return md + "\n" + verdict + "\n" + notes;
  }

  /** Median set-up time of a fresh program (wall time minus kernel time), per JVM engine. */
  static String setUpNote(List<Row> rows) {
    Map<String, List<Double>> byEngine = new LinkedHashMap<>();
    for (Row row : rows) {
      for (var entry : row.engines().entrySet()) {
        if (entry.getValue().failure() == null && !entry.getValue().kernelNanos().isEmpty()) {
          byEngine.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue().medianSetUpMs());
        }
      }
    }
    List<String> parts = new ArrayList<>();
    for (var entry : byEngine.entrySet()) {
      parts.add(String.format(Locale.ROOT, "%s %.0f ms", label(entry.getKey()), Stats.median(entry.getValue())));
    }
    return "Not in the times above: starting a fresh program (scope, prelude, thread) and ending it, "
        + "median per run: " + String.join(", ", parts) + ".\n";
  }

  /** How the log and the notes name an engine. */
  static String label(String engine) {
    return switch (engine) {
      case COLONY -> "Colony";
      case COLONY_NO_SAFEPOINTS -> "Colony w/o safepoints";
      case RHINO_LOWERED -> "plain Rhino (lowered)";
      case RHINO -> "plain Rhino (source)";
      default -> engine;
    };
  }

  private static String cell(Row row, String engine) {
    String failure = row.failure(engine);
    if (failure == null) {
      return Markdown.ms(row.ms(engine));
    }
    return engine.startsWith("rhino") ? "skip" : "**FAILS**";
  }

  /** Why kernels failed: one line per kernel and message, naming every engine it happened on. */
  private static final class Notes {
    private final Map<String, List<String>> enginesByFailure = new LinkedHashMap<>();

    void add(Row row, String engine, String failure) {
      if (failure != null) {
        enginesByFailure.computeIfAbsent("`" + row.kernel() + "`\u0000" + Markdown.oneLine(failure), k -> new ArrayList<>())
            .add(engine);
      }
    }

    @Override
    public String toString() {
      if (enginesByFailure.isEmpty()) {
        return "";
      }
      StringBuilder out = new StringBuilder("\n");
      for (var entry : enginesByFailure.entrySet()) {
        String[] kernelAndFailure = entry.getKey().split("\u0000", 2);
        out.append("- ").append(kernelAndFailure[0]).append(" on ").append(String.join(", ", entry.getValue()))
            .append(": ").append(kernelAndFailure[1]).append('\n');
      }
      return out.toString();
    }
  }

  public static void main(String[] args) throws Exception {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    List<String> names = args.length > 2 ? List.of(args).subList(2, args.length) : Kernel.NAMES;
    NodeEngine node = new NodeEngine("node", java.nio.file.Files.createTempDirectory("colony-bench"));
    List<Row> rows = new KernelBenchmark(node, warmup, runs, System.err).run(Kernel.load(names));
    System.out.println(nodeTable(rows));
    System.out.println(rhinoTable(rows));
    System.out.println(setUpNote(rows));
  }
}
