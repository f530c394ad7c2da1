package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.coordinator.Coordinator;
import dev.colony.coordinator.CoordinatorOptions;
import dev.colony.protocol.EngineState;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.api.EngineView;
import dev.colony.protocol.api.MigrationReport;
import dev.colony.protocol.api.ProgramView;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The cluster commands against a real coordinator with two in-process engines and its embedded broker. */
@Timeout(120)
class ClusterCommandsTest {
  private static final JsonCodec JSON = new JsonCodec(16 << 20);
  private static final String TICKER = """
      let n = 0;
      setInterval(() => { n++; console.log('tick ' + n); }, 40);
      """;

  @TempDir static Path home;
  private static Coordinator coordinator;
  private static InProcessColony colony;

  @BeforeAll
  static void startCoordinator() throws Exception {
    coordinator = Coordinator.start(CoordinatorOptions.defaults(home.resolve("data"))
        .withHttpPort(0).withMqttPort(0).withEngines(2));
    colony = new InProcessColony(Map.of("COLONY_URL", coordinator.url().toString(), "COLONY_TOKEN", coordinator.adminToken()), home);
    eventually("two engines online", ClusterCommandsTest::engines,
        engines -> engines.stream().filter(e -> e.state() == EngineState.ONLINE).count() == 2);
  }

  @AfterAll
  static void stopCoordinator() {
    if (coordinator != null) {
      coordinator.close();
    }
  }

  private static InProcessColony.Result ok(String... args) {
    var r = colony.run(args);
    assertThat(r.exitCode()).as("colony %s: %s", String.join(" ", args), r.stderr()).isZero();
    return r;
  }

  private static List<EngineView> engines() {
    return Arrays.asList(JSON.decode(bytes(ok("engines", "--json").stdout()), EngineView[].class));
  }

  private static ProgramView ps(String id) {
    return Arrays.stream(JSON.decode(bytes(ok("ps", "--json").stdout()), ProgramView[].class))
        .filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("ps does not show " + id));
  }

  private static List<LogLine> logs(String ref) {
    return ok("logs", ref, "--json").stdout().lines().map(l -> JSON.decode(bytes(l), LogLine.class)).toList();
  }

  private static byte[] bytes(String text) {
    return text.strip().getBytes(StandardCharsets.UTF_8);
  }

  private static <T> T eventually(String what, Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 30 s: " + what + "; last seen " + value);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      value = probe.get();
    }
    return value;
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(home.resolve(name), content);
  }

  @Test
  void runPsLogsPauseResumeMigrateKill() throws Exception {
    String id = ok("run", file("counter.js", TICKER).toString(), "--name", "counter").stdout().strip();
    assertThat(id).isNotBlank().doesNotContain("\n");
    ProgramView running = eventually("counter running", () -> ps(id), p -> p.state() == ProgramState.RUNNING);
    assertThat(running.name()).isEqualTo("counter");
    assertThat(ok("ps").stdout()).containsPattern(id + " +counter +" + running.engine() + " +RUNNING +0 ");
    eventually("ticks in the logs", () -> logs("counter"), lines -> lines.size() >= 3);

    assertThat(ok("pause", "counter").stdout()).isEqualTo("paused counter (" + id + ")\n");
    eventually("counter paused", () -> ps(id), p -> p.state() == ProgramState.PAUSED);
    assertThat(ok("resume", id).stdout()).isEqualTo("resumed counter (" + id + ")\n");
    eventually("counter running again", () -> ps(id), p -> p.state() == ProgramState.RUNNING);

    String from = running.engine();
    String to = engines().stream().map(EngineView::name).filter(n -> !n.equals(from)).findFirst().orElseThrow();
    assertThat(ok("migrate", "counter", "--to", to).stdout())
        .matches("migrated counter \\(" + id + "\\) " + from + " → " + to + " in \\d+\\.\\d ms, snapshot \\d+(\\.\\d)? (B|KiB|MiB)\n");
    ProgramView moved = ps(id);
    assertThat(moved.engine()).isEqualTo(to);
    assertThat(moved.generation()).isEqualTo(1);

    MigrationReport back = JSON.decode(bytes(ok("migrate", id, "--to", from, "--json").stdout()), MigrationReport.class);
    assertThat(back.from()).isEqualTo(to);
    assertThat(back.program().generation()).isEqualTo(2);
    assertThat(back.snapshotBytes()).isPositive();

    // Every tick exactly once, in order, across both migrations.
    List<LogLine> lines = eventually("ticks from generation 2", () -> logs(id),
        l -> l.stream().anyMatch(line -> line.generation() == 2));
    assertThat(lines).extracting(LogLine::seq).containsExactlyElementsOf(LongStream.rangeClosed(1, lines.size()).boxed().toList());
    assertThat(lines).allSatisfy(line -> assertThat(line.text()).isEqualTo("tick " + line.seq()));

    assertThat(ok("kill", "counter").stdout()).isEqualTo("killed counter (" + id + ")\n");
    assertThat(eventually("counter killed", () -> ps(id), p -> p.state() == ProgramState.KILLED).state())
        .isEqualTo(ProgramState.KILLED);
    var followed = ok("logs", id, "-f");
    assertThat(followed.stdout()).startsWith("tick 1\ntick 2\n");
  }

  @Test
  void followingAProgramThatEndsPrintsEverythingAndExitsZero() throws Exception {
    String id = ok("run", file("short.js", "console.log('one');\nsetTimeout(() => console.error('two'), 100);\n").toString())
        .stdout().strip();
    var r = ok("logs", id, "-f");
    assertThat(r.stdout()).isEqualTo("one\n");
    assertThat(r.stderr()).isEqualTo("two\n");
    assertThat(ps(id).state()).isEqualTo(ProgramState.EXITED);
    var again = ok("logs", id);
    assertThat(again.stdout()).isEqualTo("one\n");
    assertThat(again.stderr()).isEqualTo("two\n");
  }

  @Test
  void runSendsUtf8SourceToTheEngineItNames() throws Exception {
    String engine = engines().get(1).name();
    String id = ok("run", file("hello.js", "console.log('héllo ✓');\n").toString(), "--name", "hello", "--engine", engine)
        .stdout().strip();
    assertThat(ok("logs", "hello", "-f").stdout()).isEqualTo("héllo ✓\n");
    ProgramView hello = ps(id);
    assertThat(hello.name()).isEqualTo("hello");
    assertThat(hello.engine()).isEqualTo(engine);
  }

  @Test
  void jsonOutputsParse() throws Exception {
    assertThat(engines()).hasSize(2).allSatisfy(e -> assertThat(e.heapMaxBytes()).isPositive());
    ProgramView deployed = JSON.decode(bytes(ok("run", file("json.js", TICKER).toString(), "--json").stdout()), ProgramView.class);
    assertThat(deployed.id()).isNotBlank();
    assertThat(ps(deployed.id()).id()).isEqualTo(deployed.id());
    assertThat(eventually("lines", () -> logs(deployed.id()), l -> !l.isEmpty()).get(0).programId()).isEqualTo(deployed.id());
    assertThat(ok("engines").stdout()).startsWith("NAME ").contains("ONLINE").contains(" s ago");
    ok("kill", deployed.id());
  }

  @Test
  void unknownProgramsAndEnginesExitOne() throws Exception {
    for (String[] args : new String[][] {{"pause", "nope"}, {"logs", "nope"}, {"kill", "nope"}, {"migrate", "nope", "--to", "x"},
        {"logs", "a/b/c"}, {"kill", "../../engines"}, {"resume", "%2F"}}) {
      var r = colony.run(args);
      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(r.stdout()).isEmpty();
      assertThat(r.stderr()).startsWith("colony: ").hasLineCount(1);
    }
    assertThat(colony.run("kill", "nope").stderr()).isEqualTo("colony: no program has the id or name 'nope'\n");
    String id = ok("run", file("stay.js", TICKER).toString()).stdout().strip();
    var toNowhere = colony.run("migrate", id, "--to", "no-such-engine");
    assertThat(toNowhere.exitCode()).isEqualTo(1);
    assertThat(toNowhere.stderr()).startsWith("colony: ").contains("no-such-engine");
    ok("kill", id);
  }

  @Test
  void hostileArgumentsAreRefusedAndDeployNothing() throws Exception {
    int before = JSON.decode(bytes(ok("ps", "--json").stdout()), ProgramView[].class).length;
    Path big = home.resolve("big.js");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(2L << 20);
    }
    Path binary = Files.write(home.resolve("binary.js"), new byte[] {0x7f, 'E', 'L', 'F', (byte) 0xff, 0});
    for (Path file : List.of(big, binary, home.resolve("missing.js"))) {
      var r = colony.run("run", file.toString());
      assertThat(r.exitCode()).as(file.toString()).isEqualTo(2);
      assertThat(r.stderr()).startsWith("colony: ").hasLineCount(1);
    }
    var syntax = colony.run("run", file("broken.js", "let x = ;\n").toString());
    assertThat(syntax.exitCode()).isEqualTo(2);
    assertThat(syntax.stderr()).startsWith("colony: ").hasLineCount(1);
    var badName = colony.run("run", file("named.js", TICKER).toString(), "--name", "a/b");
    assertThat(badName.exitCode()).isEqualTo(2);
    assertThat(JSON.decode(bytes(ok("ps", "--json").stdout()), ProgramView[].class)).hasSize(before);
  }

  @Test
  void aWrongTokenIsRefused() {
    var r = new InProcessColony(Map.of("COLONY_URL", coordinator.url().toString(), "COLONY_TOKEN", "wrong"), home).run("ps");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).startsWith("colony: ").hasLineCount(1);
  }

  @Test
  void theDataDirectoryLeadsToTheCoordinator() {
    var r = new InProcessColony(Map.of(), home).run("ps", "--data", home.resolve("data").toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).startsWith("ID ");
    assertThat(coordinator.adminTokenFile()).isEqualTo(home.resolve("data/admin.token"));
  }
}
