package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.client.StubCoordinator;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.LogLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster commands against answers a real coordinator does not give on demand: lines that arrive
 * after the program is reported ended, HTML, truncated JSON, a page of logs that never moves on.
 * {@code ClusterCommandsTest} runs everything else against the coordinator itself.
 */
class StubbedClusterCommandsTest {
  private static final String PROGRAM = """
      {"id":"p-1a2b3c4d","name":"counter","engine":"local-1","state":"%s","generation":0,
       "startedAtMillis":1700000000000,"uptimeMillis":%d}""";

  @TempDir Path home;
  private StubCoordinator stub;
  private InProcessColony colony;

  @BeforeEach
  void start() throws Exception {
    stub = new StubCoordinator();
    colony = new InProcessColony(Map.of("COLONY_URL", stub.url().toString(), "COLONY_TOKEN", "admin-t"), home);
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
  void anHtmlPageInsteadOfJsonExitsOneWithOneLine() {
    stub.answer(503, "text/html", "<h1>down</h1>".getBytes(StandardCharsets.UTF_8));
    var r = colony.run("engines");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).isEqualTo("colony: HTTP 503 from the coordinator at " + stub.url() + ": <h1>down</h1>\n");
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
  void truncatedJsonExitsOneAndPrintsNoPartialTable() {
    stub.answer(200, "{\"programs\":[" + program("RUNNING", 5).substring(0, 40));
    var r = colony.run("ps");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).startsWith("colony: the coordinator at " + stub.url() + " sent a bad answer: ").hasLineCount(1);
  }

  @Test
  void aFullPageOfLogsThatDoesNotMoveOnIsRefusedInsteadOfLoopingForever() {
    String page = IntStream.rangeClosed(1, LogsCommand.PAGE).mapToObj(seq -> line(seq, "stdout", "line " + seq))
        .collect(Collectors.joining(",", "{\"lines\":[", "],\"next\":" + LogsCommand.PAGE + "}"));
    stub.answer(200, page).answer(200, page);
    var r = colony.run("logs", "counter");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout().lines()).hasSize(LogsCommand.PAGE).first().isEqualTo("line 1");
    assertThat(r.stderr()).isEqualTo("colony: the coordinator sent a full page of logs without moving past seq 1000\n");
  }
}
