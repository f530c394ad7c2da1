package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.coordinator.Coordinator;
import dev.colony.coordinator.CoordinatorOptions;
import dev.colony.gfs.fs.FsPath;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.LogLine;
import dev.colony.pubsub.ClientOptions;
import dev.colony.pubsub.Credentials;
import dev.colony.pubsub.PubSubClient;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programs under {@code examples/} deployed with {@code colony run} on a coordinator with two
 * in-process engines, and talked to over MQTT as the README says, with the account in
 * {@code DATA/mqtt-program.properties}.
 */
@Timeout(120)
class ExamplesOnAClusterTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolveSibling("examples");
  private static final JsonCodec JSON = new JsonCodec();

  @TempDir static Path home;
  private static Coordinator coordinator;
  private static InProcessColony colony;

  @BeforeAll
  static void start() {
    coordinator = Coordinator.start(CoordinatorOptions.defaults(home.resolve("data")).withHttpPort(0).withMqttPort(0).withEngines(2));
    colony = new InProcessColony(Map.of(), home);
  }

  @AfterAll
  static void stop() {
    if (coordinator != null) {
      coordinator.close();
    }
  }

  private static String ok(String... args) {
    var r = colony.run(args);
    assertThat(r.exitCode()).as("colony %s: %s", String.join(" ", args), r.stderr()).isZero();
    return r.stdout();
  }

  /** {@code colony run EXAMPLE --engine local-1} through the data directory, as on the machine that ran {@code colony up}. */
  private static String deploy(String example) {
    return ok("run", EXAMPLES.resolve(example).toString(), "--engine", "local-1", "--data", home.resolve("data").toString()).strip();
  }

  private static List<LogLine> logsUntil(String id, Predicate<List<LogLine>> done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      List<LogLine> lines = ok("logs", id, "--json", "--data", home.resolve("data").toString()).lines()
          .map(line -> JSON.decode(line.getBytes(StandardCharsets.UTF_8), LogLine.class)).toList();
      if (done.test(lines)) {
        return lines;
      }
      assertThat(System.nanoTime()).as("logs of %s so far: %s", id, lines).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static PubSubClient outsideClient(String clientId) throws Exception {
    Properties access = new Properties();
    try (Reader reader = Files.newBufferedReader(coordinator.mqttProgramFile())) {
      access.load(reader);
    }
    return PubSubClient.connect(ClientOptions.of(access.getProperty("host"), Integer.parseInt(access.getProperty("port")),
        new Credentials(access.getProperty("username"), access.getProperty("password")), clientId));
  }

  @Test
  void helloPrintsItsGreetings() throws Exception {
    String id = deploy("hello.js");
    List<LogLine> lines = logsUntil(id, l -> l.size() == 4);
    assertThat(lines).extracting(LogLine::text).startsWith("hello, colony (#1)").endsWith("{ done: true, items: Map(1) { 'a' => 1 } }");
  }

  @Test
  void theCounterCountsOnAcrossAMigration() throws Exception {
    String id = deploy("counter.js");
    logsUntil(id, l -> l.size() >= 2);
    assertThat(ok("migrate", id, "--to", "local-2", "--data", home.resolve("data").toString())).contains("local-1 → local-2");
    List<LogLine> lines = logsUntil(id, l -> l.stream().filter(line -> line.generation() == 1).count() >= 2);
    assertThat(lines).extracting(LogLine::text)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, lines.size()).mapToObj(n -> "count " + n).toList());
    ok("kill", id, "--data", home.resolve("data").toString());
  }

  @Test
  void theEchoAnswersAnOutsideMqttClient() throws Exception {
    String id = deploy("pubsub-echo.js");
    logsUntil(id, l -> !l.isEmpty()); // subscribed before its first line
    try (PubSubClient outside = outsideClient("examples-echo")) {
      CompletableFuture<String> echoed = new CompletableFuture<>();
      outside.subscribe("user/echo/out", m -> echoed.complete(new String(m.payload(), StandardCharsets.UTF_8))).get();
      outside.publish("user/echo/in", "{\"hello\":\"colony\"}".getBytes(StandardCharsets.UTF_8)).get();
      assertThat(echoed.get(20, TimeUnit.SECONDS)).isEqualTo("{\"echoed\":1,\"message\":{\"hello\":\"colony\"}}");
    }
    assertThat(logsUntil(id, l -> l.size() >= 2).get(1).text()).isEqualTo("echo #1 from echo/in: { hello: 'colony' }");
    ok("kill", id, "--data", home.resolve("data").toString());
  }

  @Test
  void theFilesExampleWritesToTheCoordinatorsFileSystem() throws Exception {
    String id = deploy("files.js");
    List<LogLine> lines = logsUntil(id, l -> l.size() == 5);
    assertThat(lines).extracting(LogLine::text).containsExactly("first line\nsecond line ✓", "bytes: 0 1 2 254 255",
        "file bytes.bin 5 bytes", "file log.txt 27 bytes", "missing: ENOENT");
    assertThat(coordinator.fileSystem().readAll(FsPath.parse("/examples/files/log.txt")))
        .isEqualTo("first line\nsecond line ✓\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSensorPublishesReadings() throws Exception {
    try (PubSubClient outside = outsideClient("examples-sensor")) {
      CompletableFuture<String> reading = new CompletableFuture<>();
      outside.subscribe("user/sensors/temp", m -> reading.complete(new String(m.payload(), StandardCharsets.UTF_8))).get();
      String id = deploy("sensor.js");
      assertThat(reading.get(20, TimeUnit.SECONDS)).matches("\\{\"sensor\":\"temp-1\",\"celsius\":-?\\d+(\\.\\d)?,\"n\":1}");
      assertThat(logsUntil(id, l -> !l.isEmpty()).get(0).text()).matches("reading #1: -?\\d+(\\.\\d)? °C");
      ok("kill", id, "--data", home.resolve("data").toString());
    }
  }
}
