package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.client.StubCoordinator;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.api.MigrationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster commands' requests and output against a real HTTP server answering as the coordinator
 * does; {@code ClusterCommandsTest} runs them against the coordinator itself.
 */
class StubbedClusterCommandsTest {
  private static final long NOW = 1_700_000_010_000L;
  private static final String PROGRAM = """
      {"id":"p-1a2b3c4d","name":"counter","engine":"local-1","state":"%s","generation":0,
       "startedAtMillis":1700000000000,"uptimeMillis":%d}""";

  @TempDir Path home;
  private StubCoordinator stub;
  private InProcessColony colony;

  @BeforeEach
  void start() throws Exception {
    stub = new StubCoordinator();
    colony = new InProcessColony(Map.of("COLONY_URL", stub.url().toString(), "COLONY_TOKEN", "admin-t"), home,
        Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private static String program(String state, long uptime) {
    return PROGRAM.formatted(state, uptime);
  }

  private static String line(long seq, String stream, String text) {
    return "{\"programId\":\"p-1a2b3c4d\",\"seq\":" + seq + ",\"stream\":\"" + stream + "\",\"text\":\"" + text
        + "\",\"generation\":0,\"timeMillis\":1}";
  }

  @Test
  void enginesAsAnAlignedTable() throws Exception {
    stub.answer(200, """
        {"engines":[{"name":"local-1","state":"ONLINE","cpuLoad":0.07,"heapUsedBytes":52428800,"heapMaxBytes":1073741824,
          "programCount":2,"labels":{"zone":"a"},"lastHeartbeatMillis":1700000009600},
         {"name":"edge-7","state":"OFFLINE","cpuLoad":-1,"heapUsedBytes":0,"heapMaxBytes":0,
          "programCount":0,"labels":{},"lastHeartbeatMillis":1699999750000}]}""");
    var r = colony.run("engines");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEqualTo("""
        NAME     STATE    CPU  HEAP                PROGRAMS  LABELS  LAST-HEARTBEAT
        local-1  ONLINE   7%   50.0 MiB / 1.0 GiB  2         zone=a  0.4 s ago
        edge-7   OFFLINE  ?    0 B / 0 B           0         -       4m 20s ago
        """);
    assertThat(stub.received().authorization()).isEqualTo("Bearer admin-t");
  }

  @Test
  void psAsATableAndAsJson() throws Exception {
    String programs = "{\"programs\":[" + program("RUNNING", 83_000) + "]}";
    stub.answer(200, programs).answer(200, programs);
    assertThat(colony.run("ps").stdout()).isEqualTo("""
        ID          NAME     ENGINE   STATE    GEN  UPTIME
        p-1a2b3c4d  counter  local-1  RUNNING  0    1m 23s
        """);
    var json = colony.run("ps", "--json");
    assertThat(json.stdout()).startsWith("[{\"id\":\"p-1a2b3c4d\",").endsWith("}]\n");
  }

  @Test
  void runSendsTheFileAndPrintsTheId() throws Exception {
    Path file = Files.writeString(home.resolve("counter.js"), "console.log('héllo');\n");
    stub.answer(201, program("STARTING", 0));
    var r = colony.run("run", file.toString(), "--name", "counter", "--engine", "local-1");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEqualTo("p-1a2b3c4d\n");
    var request = stub.received();
    assertThat(request.rawPath()).isEqualTo("/api/programs");
    assertThat(request.body()).isEqualTo(
        "{\"source\":\"console.log('héllo');\\n\",\"fileName\":\"counter.js\",\"name\":\"counter\",\"engine\":\"local-1\"}");
  }

  @Test
  void logsPrintEachStreamToItsOwn() throws Exception {
    stub.answer(200, "{\"lines\":[" + line(1, "stdout", "tick 1") + "," + line(2, "stderr", "oops") + "],\"next\":2}");
    var r = colony.run("logs", "counter");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEqualTo("tick 1\n");
    assertThat(r.stderr()).isEqualTo("oops\n");
    assertThat(stub.received().rawQuery()).isEqualTo("after=0&limit=1000");
  }

  @Test
  void followingEndsOnceTheProgramHasEndedAndEveryLineIsPrinted() throws Exception {
    stub.answer(200, "{\"lines\":[" + line(1, "stdout", "tick 1") + "],\"next\":1}")
        .answer(200, program("RUNNING", 10))
        .answer(200, "{\"lines\":[" + line(1, "stdout", "tick 1") + "," + line(2, "stdout", "tick 2") + "],\"next\":2}")
        .answer(200, program("EXITED", 20))
        .answer(200, "{\"lines\":[" + line(3, "stdout", "bye") + "],\"next\":3}")
        .answer(200, program("EXITED", 20))
        .answer(200, "{\"lines\":[],\"next\":3}");
    var r = colony.run("logs", "counter", "-f", "--json");
    assertThat(r.exitCode()).isZero();
    JsonCodec codec = new JsonCodec();
    assertThat(r.stdout().lines().map(l -> codec.decode(l.getBytes(StandardCharsets.UTF_8), LogLine.class).text()))
        .containsExactly("tick 1", "tick 2", "bye");
    assertThat(stub.received().rawQuery()).isEqualTo("after=0&limit=1000");
    assertThat(stub.received().rawPath()).isEqualTo("/api/programs/counter");
    assertThat(stub.received().rawQuery()).isEqualTo("after=1&limit=1000&wait=5");
    stub.received();
    assertThat(stub.received().rawQuery()).isEqualTo("after=2&limit=1000&wait=1");
    stub.received();
    assertThat(stub.received().rawQuery()).isEqualTo("after=3&limit=1000&wait=1");
  }

  @Test
  void followingEndsWhenTheProgramIsLostWithItsEngine() throws Exception {
    String lost = program("LOST", 20).replace("}", ",\"detail\":\"engine local-1 went offline\"}");
    stub.answer(200, "{\"lines\":[" + line(1, "stdout", "tick 1") + "],\"next\":1}")
        .answer(200, lost)
        .answer(200, "{\"lines\":[],\"next\":1}");
    var r = colony.run("logs", "counter", "-f");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEqualTo("tick 1\n");
    assertThat(r.stderr()).isEqualTo("colony: counter (p-1a2b3c4d) is LOST: engine local-1 went offline\n");
  }

  @Test
  void aWrongTokenSaysWhereTheRightOneIs() throws Exception {
    stub.answer(401, "{\"error\":{\"type\":\"unauthorized\",\"message\":\"wrong token: send Authorization: Bearer <admin token>\"}}");
    var r = colony.run("ps");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).isEqualTo("colony: the coordinator refused the admin token: pass the one in its data directory's "
        + "admin.token (--token, $COLONY_TOKEN or --data DIR)\n");
  }

  @Test
  void malformedInputRefusedByTheCoordinatorExitsTwoLikeLocalRun() throws Exception {
    Path file = Files.writeString(home.resolve("broken.js"), "let x = ;\n");
    stub.answer(400, "{\"error\":{\"type\":\"compile-error\",\"message\":\"broken.js:1:9: SyntaxError: Parse error\"}}");
    var r = colony.run("run", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).isEqualTo("colony: broken.js:1:9: SyntaxError: Parse error\n");
  }

  @Test
  void actionsAndMigrationsReportInOneLine() throws Exception {
    stub.answer(200, program("PAUSED", 5));
    assertThat(colony.run("pause", "counter").stdout()).isEqualTo("paused counter (p-1a2b3c4d)\n");
    assertThat(stub.received().rawPath()).isEqualTo("/api/programs/counter/pause");
    String report = "{\"program\":" + program("RUNNING", 5).replace("local-1", "local-2")
        + ",\"from\":\"local-1\",\"to\":\"local-2\",\"millis\":23.4,\"snapshotBytes\":12595}";
    stub.answer(200, report).answer(200, report);
    assertThat(colony.run("migrate", "counter", "--to", "local-2").stdout())
        .isEqualTo("migrated counter (p-1a2b3c4d) local-1 → local-2 in 23.4 ms, snapshot 12.3 KiB\n");
    assertThat(stub.received().body()).isEqualTo("{\"to\":\"local-2\"}");
    var json = colony.run("migrate", "counter", "--to", "local-2", "--json");
    assertThat(new JsonCodec().decode(json.stdout().strip().getBytes(StandardCharsets.UTF_8), MigrationReport.class).to())
        .isEqualTo("local-2");
  }

  @Test
  void refusalsExitOneWithTheCoordinatorsMessage() throws Exception {
    stub.answer(404, "{\"error\":{\"type\":\"unknown-program\",\"message\":\"no program 'a/b'\"}}");
    var r = colony.run("kill", "a/b");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).isEqualTo("colony: no program 'a/b'\n");
    assertThat(stub.received().rawPath()).isEqualTo("/api/programs/a%2Fb/kill");
    stub.answer(503, "text/html", "<h1>down</h1>".getBytes(StandardCharsets.UTF_8));
    assertThat(colony.run("engines").stderr()).isEqualTo("colony: HTTP 503 from the coordinator at " + stub.url() + ": <h1>down</h1>\n");
  }
}
