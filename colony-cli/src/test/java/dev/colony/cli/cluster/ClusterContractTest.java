package dev.colony.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colony.cli.EngineProcess;
import dev.colony.cli.cluster.ClusterUnderTest.BrokerKind;
import dev.colony.client.ColonyApiException;
import dev.colony.client.ColonyClient;
import dev.colony.protocol.EngineState;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.api.DeployRequest;
import dev.colony.protocol.api.MigrationReport;
import dev.colony.protocol.api.ProgramView;
import dev.colony.pubsub.PubSubClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What issue 3 promises, on a real cluster: the coordinator, two engine processes and a broker;
 * subclasses choose the broker. Each test deploys its own programs, so they share one cluster.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClusterContractTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** Prints an unbroken count, fast enough that every migration lands between lines and inside callbacks. */
  private static final String COUNTER = """
      let n = 0;
      setInterval(() => { console.log('tick ' + n); n++; }, 2);
      """;

  private ClusterUnderTest cluster;
  private ColonyClient client;

  abstract BrokerKind broker();

  @BeforeAll
  void startCluster(@TempDir Path dir) throws Exception {
    cluster = ClusterUnderTest.start(dir, broker(), "e1", "e2");
    client = cluster.client();
  }

  @AfterAll
  void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aCounterMigratedTwentyTimesPrintsAnUnbrokenSequence() {
    ProgramView counter = client.deploy(new DeployRequest(COUNTER, "counter.js", "counter-20", "e1"));
    ProgramLogs logs = new ProgramLogs(client, counter.id());
    logs.untilLineCount(10, PATIENCE);
    String from = "e1";
    for (int i = 0; i < 20; i++) {
      String to = from.equals("e1") ? "e2" : "e1";
      MigrationReport report = client.migrate(counter.id(), to);
      assertThat(report.program().engine()).isEqualTo(to);
      assertThat(report.program().state()).isEqualTo(ProgramState.RUNNING);
      assertThat(report.program().generation()).isEqualTo(i + 1);
      assertThat(report.snapshotBytes()).isPositive();
      from = to;
    }
    List<LogLine> lines = logs.untilGenerationPrinted(20, 20, PATIENCE);
    client.kill(counter.id());

    assertThat(lines).extracting(LogLine::seq).containsExactlyElementsOf(
        IntStream.rangeClosed(1, lines.size()).mapToObj(Long::valueOf).toList());
    assertThat(lines).extracting(LogLine::text).containsExactlyElementsOf(
        IntStream.range(0, lines.size()).mapToObj(n -> "tick " + n).toList());
    assertThat(lines).extracting(LogLine::generation).contains(0L, 20L).isSorted();
  }

  @Test
  void messagesPublishedDuringTenMigrationsArriveOnceAndInOrder() throws Exception {
    String program = """
        pubsub.subscribe('numbers/in', (message) => console.log('got ' + message.n));
        console.log('subscribed');
        """;
    ProgramView listener = client.deploy(new DeployRequest(program, "listener.js", "listener", "e1"));
    ProgramLogs logs = new ProgramLogs(client, listener.id());
    logs.untilText("subscribed", PATIENCE);

    PubSubClient outside = cluster.outsideClient("outside-" + broker().name().toLowerCase());
    int count = 1_000;
    CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
      for (int n = 0; n < count; n++) {
        outside.publish("user/numbers/in", ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8)).join();
        sleepMillis(4); // a steady stream over ~5 s, while the program moves
      }
    });
    List<MigrationReport> moves = new ArrayList<>();
    String from = "e1";
    for (int i = 0; i < 10; i++) {
      String to = from.equals("e1") ? "e2" : "e1";
      moves.add(client.migrate(listener.id(), to));
      from = to;
      sleepMillis(200);
    }
    publishing.get(2, TimeUnit.MINUTES);
    List<LogLine> lines = logs.untilLineCount(count + 1, PATIENCE);
    client.kill(listener.id());

    assertThat(moves).hasSize(10).allSatisfy(move -> assertThat(move.program().state()).isEqualTo(ProgramState.RUNNING));
    assertThat(lines.subList(1, lines.size())).extracting(LogLine::text).containsExactlyElementsOf(
        IntStream.range(0, count).mapToObj(n -> "got " + n).toList());
  }

  @Test
  void killingTheTargetDuringAMigrationLeavesTheProgramRunningOnTheSource() throws Exception {
    EngineProcess target = cluster.startEngine("doomed-target");
    target.await(client, EngineState.ONLINE, PATIENCE);
    ProgramView counter = client.deploy(new DeployRequest(COUNTER, "counter.js", "survivor", "e1"));
    ProgramLogs logs = new ProgramLogs(client, counter.id());
    logs.untilLineCount(10, PATIENCE);

    target.freeze(); // it takes the restore request but never answers it
    CompletableFuture<MigrationReport> migration = CompletableFuture.supplyAsync(() -> client.migrate(counter.id(), "doomed-target"));
    awaitState(counter.id(), ProgramState.FROZEN);
    target.kill9();

    assertThatThrownBy(() -> migration.join()).hasCauseInstanceOf(ColonyApiException.class)
        .cause().satisfies(e -> assertThat(((ColonyApiException) e).status()).isEqualTo(409));
    ProgramView after = awaitState(counter.id(), ProgramState.RUNNING);
    assertThat(after.engine()).isEqualTo("e1");
    List<LogLine> lines = logs.untilGenerationPrinted(1, 20, PATIENCE); // the rollback restored it here as generation 1
    client.kill(counter.id());
    assertThat(lines).extracting(LogLine::text).containsExactlyElementsOf(
        IntStream.range(0, lines.size()).mapToObj(n -> "tick " + n).toList());
  }

  @Test
  void aKilledEngineIsShownOfflineWithinTheHeartbeatTimeoutAndItsProgramsLost() throws Exception {
    EngineProcess victim = cluster.startEngine("victim");
    victim.await(client, EngineState.ONLINE, PATIENCE);
    ProgramView counter = client.deploy(new DeployRequest(COUNTER, "counter.js", "orphan", "victim"));
    new ProgramLogs(client, counter.id()).untilLineCount(3, PATIENCE);

    long killedAt = System.nanoTime();
    victim.kill9();
    victim.await(client, EngineState.OFFLINE, Duration.ofMillis(5 * ClusterUnderTest.HEARTBEAT_MILLIS + 2_000));
    long offlineAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
    ProgramView lost = awaitState(counter.id(), ProgramState.LOST);

    assertThat(offlineAfterMs).isLessThanOrEqualTo(5 * ClusterUnderTest.HEARTBEAT_MILLIS + 2_000);
    assertThat(lost.engine()).isEqualTo("victim");
  }

  private ProgramView awaitState(String program, ProgramState state) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    ProgramView view = client.program(program);
    while (view.state() != state) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("program " + program + " is " + view.state() + ", not " + state);
      }
      Thread.sleep(20);
      view = client.program(program);
    }
    return view;
  }

  private static void sleepMillis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
