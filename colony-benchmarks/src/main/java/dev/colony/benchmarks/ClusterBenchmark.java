package dev.colony.benchmarks;

import dev.colony.client.ColonyClient;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.api.DeployRequest;
import dev.colony.protocol.api.LogPage;
import dev.colony.protocol.api.MigrationReport;
import dev.colony.protocol.api.ProgramView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 3's benchmarks, in one run: live-migration latency between two engine processes (a small
 * program and one holding 10 000 objects) and the program-to-program message round trip, on the
 * embedded broker and on Mosquitto. Run it with {@code bench/cluster.sh [--migrations N] [--round-trips N]}.
 */
public final class ClusterBenchmark {
  static final String SMALL = """
      let n = 0;
      setInterval(() => { n++; }, 10);
      """;
  static final String TEN_THOUSAND_OBJECTS = """
      const objects = [];
      for (let i = 0; i < 10000; i++) objects.push({ id: i, name: 'object ' + i, tags: ['a', 'b'], at: { x: i, y: -i } });
      let n = 0;
      setInterval(() => { objects[n % objects.length].visits = ++n; }, 10);
      """;
  static final String PONG = """
      pubsub.subscribe('bench/ping', (i) => pubsub.publish('bench/pong', i));
      console.log('ready');
      """;
  /** Warms up, then times ROUNDS sequential round trips with the program clock (ms resolution, so only the mean). */
  static final String PING = """
      const WARM_UP = 100, ROUNDS = %d;
      let i = 0, start = 0;
      pubsub.subscribe('bench/pong', () => {
        i++;
        if (i === WARM_UP) start = Date.now();
        if (i === WARM_UP + ROUNDS) { console.log('mean ' + ((Date.now() - start) / ROUNDS)); pubsub.unsubscribe('bench/pong'); }
        else pubsub.publish('bench/ping', i);
      });
      pubsub.publish('bench/ping', 0);
      """;

  private ClusterBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Args.parse(args, List.of("migrations", "round-trips", "docs"),
        "ClusterBenchmark [--migrations N] [--round-trips N] [--docs FILE]");
    int migrations = Integer.parseInt(options.getOrDefault("migrations", "40"));
    int roundTrips = Integer.parseInt(options.getOrDefault("round-trips", "1000"));
    Path dir = Files.createTempDirectory("colony-cluster-bench");
    Map<String, Column> columns = new LinkedHashMap<>();
    for (boolean onMosquitto : new boolean[] {false, true}) {
      String broker = onMosquitto ? "Mosquitto 2 (external)" : "embedded HiveMQ CE";
      System.err.println("cluster on " + broker + " ...");
      try (BenchCluster cluster = BenchCluster.start(dir.resolve(onMosquitto ? "mosquitto" : "embedded"), onMosquitto, List.of("e1", "e2"))) {
        ColonyClient client = cluster.client();
        Column column = new Column(
            migrate(client, "small", SMALL, migrations),
            migrate(client, "objects-10k", TEN_THOUSAND_OBJECTS, migrations),
            roundTrip(client, roundTrips));
        columns.put(broker, column);
        System.err.println("  " + column);
      }
    }
    String table = table(columns, migrations, roundTrips);
    System.out.println(table);
    if (options.containsKey("docs")) {
      DocsWriter.write(Path.of(options.get("docs")), Map.of("cluster", table));
      System.err.println("wrote " + options.get("docs"));
    }
  }

  record Migrations(double p50, double p99, double max, long snapshotBytes) {}

  record Column(Migrations small, Migrations objects, double roundTripMs) {}

  private static Migrations migrate(ColonyClient client, String name, String source, int count) throws InterruptedException {
    ProgramView program = client.deploy(new DeployRequest(source, name + ".js", name, "e1"));
    Thread.sleep(300);
    String to = "e2";
    for (int i = 0; i < 5; i++) { // warm-up: class loading and JIT on both engines
      client.migrate(program.id(), to);
      to = to.equals("e1") ? "e2" : "e1";
    }
    List<Double> millis = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      MigrationReport report = client.migrate(program.id(), to);
      millis.add(report.millis());
      bytes = report.snapshotBytes();
      to = to.equals("e1") ? "e2" : "e1";
      Thread.sleep(20);
    }
    client.kill(program.id());
    millis.sort(null);
    return new Migrations(percentile(millis, 50), percentile(millis, 99), millis.get(millis.size() - 1), bytes);
  }

  private static double roundTrip(ColonyClient client, int rounds) throws InterruptedException {
    ProgramView pong = client.deploy(new DeployRequest(PONG, "pong.js", "pong", "e2"));
    awaitLine(client, pong.id(), "ready");
    ProgramView ping = client.deploy(new DeployRequest(PING.formatted(rounds), "ping.js", "ping", "e1"));
    String mean = awaitLine(client, ping.id(), "mean ");
    client.kill(pong.id());
    return Double.parseDouble(mean.substring("mean ".length()));
  }

  private static String awaitLine(ColonyClient client, String program, String prefix) {
    long after = 0;
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      LogPage page = client.logs(program, after, 1_000, Duration.ofSeconds(2));
      for (LogLine line : page.lines()) {
        if (line.text().startsWith(prefix)) {
          return line.text();
        }
      }
      after = page.next();
    }
    throw new IllegalStateException("program " + program + " never printed '" + prefix + "'");
  }

  static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static String table(Map<String, Column> columns, int migrations, int roundTrips) {
    StringBuilder out = new StringBuilder("| two engine processes, " + migrations + " migrations each | "
        + String.join(" | ", columns.keySet()) + " |\n|---|" + "---|".repeat(columns.size()) + "\n");
    row(out, "migration, small program: p50 / p99 ms", columns, c -> fmt(c.small().p50()) + " / " + fmt(c.small().p99()));
    row(out, "migration, 10 000 objects: p50 / p99 ms", columns, c -> fmt(c.objects().p50()) + " / " + fmt(c.objects().p99()));
    row(out, "snapshot size, small / 10 000 objects", columns,
        c -> kib(c.small().snapshotBytes()) + " / " + kib(c.objects().snapshotBytes()));
    row(out, "program → program round trip, mean of " + roundTrips + " (ms)", columns, c -> fmt(c.roundTripMs()));
    return out.toString();
  }

  private static void row(StringBuilder out, String label, Map<String, Column> columns, java.util.function.Function<Column, String> cell) {
    out.append("| ").append(label).append(" |");
    columns.values().forEach(c -> out.append(' ').append(cell.apply(c)).append(" |"));
    out.append('\n');
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
  }

  private static String kib(long bytes) {
    return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
  }
}
