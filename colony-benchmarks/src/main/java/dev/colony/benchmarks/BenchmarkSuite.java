package dev.colony.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole runtime benchmark: the kernels ({@link KernelBenchmark}, sections a and b) and the
 * snapshots ({@link SnapshotBenchmark}, section c), in one JVM. Prints the tables and, for a
 * complete run, rewrites the generated blocks of {@code docs/benchmarks.md}.
 *
 * <p>Run it with {@code bench/run.sh} from the repository root, which builds what it needs and
 * passes these options:
 * <pre>
 *   --kernels fib,nbody   only these kernels (a partial run: the docs are left alone)
 *   --sizes 0,10000       only these snapshot sizes (partial)
 *   --warmup N --runs N   warm-up and measured runs per engine (default 2 and 15)
 *   --quick               1 warm-up and 1 measured run (partial)
 *   --no-kernels, --no-snapshots   skip a part (partial)
 *   --docs FILE           the Markdown file to rewrite after a complete run
 *   --nproc N             the machine's processor count, as the shell's nproc says
 *   --node PATH           the node executable (default: node on PATH)
 * </pre>
 */
public final class BenchmarkSuite {
  private BenchmarkSuite() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    boolean quick = options.containsKey("quick");
    int warmup = Integer.parseInt(options.getOrDefault("warmup", quick ? "1" : "2"));
    int runs = Integer.parseInt(options.getOrDefault("runs", quick ? "1" : "15"));
    List<String> kernels = options.containsKey("kernels") ? List.of(options.get("kernels").split(",")) : Kernel.NAMES;
    List<Integer> sizes = options.containsKey("sizes")
        ? Arrays.stream(options.get("sizes").split(",")).map(Integer::parseInt).toList() : SnapshotBenchmark.SIZES;
    boolean doKernels = !options.containsKey("no-kernels");
    boolean doSnapshots = !options.containsKey("no-snapshots");
    boolean complete = !quick && doKernels && doSnapshots && kernels.equals(Kernel.NAMES)
        && sizes.equals(SnapshotBenchmark.SIZES) && warmup >= 1 && runs >= 3;

    long started = System.nanoTime();
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    NodeEngine node = new NodeEngine(options.getOrDefault("node", "node"), Files.createTempDirectory("colony-bench"));
    Map<String, String> blocks = new LinkedHashMap<>();
    if (doKernels) {
      List<KernelBenchmark.Row> rows = new KernelBenchmark(node, warmup, runs, System.err).run(Kernel.load(kernels));
      blocks.put("runtime-node", KernelBenchmark.nodeTable(rows) + "\n" + KernelBenchmark.setUpNote(rows));
      blocks.put("runtime-rhino", KernelBenchmark.rhinoTable(rows));
    }
    if (doSnapshots) {
      blocks.put("runtime-snapshots", SnapshotBenchmark.table(new SnapshotBenchmark(warmup, runs, System.err).run(sizes)));
    }
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Map<String, String> document = new LinkedHashMap<>();
    document.put("runtime-environment", environment(node, options.get("nproc"), warmup, runs,
        Duration.ofNanos(System.nanoTime() - started), loadBefore, loadAfter));
    document.putAll(blocks);

    for (var block : document.entrySet()) {
      System.out.println("## " + block.getKey() + "\n\n" + block.getValue().strip() + "\n");
    }
    String docs = options.get("docs");
    if (docs != null && complete) {
      DocsWriter.write(Path.of(docs), document);
      System.err.println("wrote " + docs);
    } else if (docs != null) {
      System.err.println("a partial run: " + docs + " left as it is");
    }
  }

  private static String environment(NodeEngine node, String nproc, int warmup, int runs, Duration took,
      double loadBefore, double loadAfter) {
    String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version");
    String rhino = org.mozilla.javascript.Context.class.getPackage().getImplementationVersion();
    List<String> jvmArgs = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
    return String.join("\n",
        "| | |",
        "|---|---|",
        "| date | " + date + " |",
        "| machine | `nproc` = " + (nproc != null ? nproc : Runtime.getRuntime().availableProcessors()) + ", "
            + cpuModel() + "; load average " + String.format(Locale.ROOT, "%.1f before, %.1f after", loadBefore, loadAfter) + " |",
        "| JDK | " + jdk + ", flags `" + String.join(" ", jvmArgs) + "` |",
        "| Node | " + node.version() + " |",
        "| Rhino | " + (rhino != null ? rhino : "(version not in its manifest)") + ", interpreted, VERSION_ECMASCRIPT |",
        "| runs | " + warmup + " warm-up + " + runs + " measured per engine and kernel (or heap size); medians |",
        "| took | " + took.toMinutes() + " min " + took.toSecondsPart() + " s |");
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: leave the model out
    }
    return System.getProperty("os.arch");
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + arg);
      }
      String name = arg.substring(2);
      switch (name) {
        case "quick", "no-kernels", "no-snapshots" -> options.put(name, "true");
        case "kernels", "sizes", "warmup", "runs", "docs", "nproc", "node" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(arg + " needs a value");
          }
          options.put(name, args[++i]);
        }
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return options;
  }
}
