package dev.colony.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.engine.Engine;
import dev.colony.engine.EngineOptions;
import dev.colony.protocol.EngineState;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.api.EngineView;
import dev.colony.protocol.api.LogPage;
import dev.colony.protocol.api.MigrationReport;
import dev.colony.protocol.api.ProgramView;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator with real engines: two in-process ones and one joining over HTTP. Needs the engine
 * module (colony-engine) merged; on a branch with its placeholder these tests fail at start.
 */
class LocalEnginesTest {

    private static final String COUNTER = """
        let n = 0;
        setInterval(() => console.log('tick ' + (++n)), 50);
        """;

    @TempDir
    static Path dataDir;
    static Coordinator coordinator;
    static Http http;
    static String admin;

    @BeforeAll
    static void start() {
        coordinator = Coordinator.start(CoordinatorOptions.defaults(dataDir).withHttpPort(0).withMqttPort(0).withEngines(2));
        http = new Http(coordinator.url());
        admin = coordinator.adminToken();
    }

    @AfterAll
    static void stop() {
        coordinator.close();
    }

    @Test
    void inProcessEnginesAreOnlineWhenStartReturns() {
        List<EngineView> engines = CoordinatorApiTest.JSON.decode(http.get("/api/engines", admin).bytes(), CoordinatorApiTest.Engines.class)
            .engines();
        assertThat(engines).extracting(EngineView::name).contains("local-1", "local-2");
        assertThat(engines).filteredOn(e -> e.name().startsWith("local-")).allMatch(e -> e.state() == EngineState.ONLINE);
    }

    @Test
    void aProgramRunsPausesResumesMigratesAndIsKilledWithItsLogsInOrder() {
        Http.Answer deployed = http.postJson("/api/programs", admin,
            "{\"source\": " + quote(COUNTER) + ", \"fileName\": \"counter.js\", \"engine\": \"local-1\"}");
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
        ProgramView program = CoordinatorApiTest.JSON.decode(deployed.bytes(), ProgramView.class);
        assertThat(program.state()).isEqualTo(ProgramState.RUNNING);
        Eventually.until("a few ticks", () -> logs(program.id()).lines().size() >= 3);

        assertThat(control(program.id(), "pause").state()).isEqualTo(ProgramState.PAUSED);
        assertThat(control(program.id(), "resume").state()).isEqualTo(ProgramState.RUNNING);

        Http.Answer moved = http.postJson("/api/programs/counter/migrate", admin, "{\"to\": \"local-2\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        MigrationReport report = CoordinatorApiTest.JSON.decode(moved.bytes(), MigrationReport.class);
        assertThat(report.program().engine()).isEqualTo("local-2");
        assertThat(report.program().generation()).isEqualTo(1);
        assertThat(report.snapshotBytes()).isPositive();
        long seen = logs(program.id()).next();
        Eventually.until("ticks from local-2", () -> logs(program.id()).lines().stream().anyMatch(l -> l.generation() == 1));

        List<LogLine> lines = logs(program.id()).lines();
        assertThat(lines).extracting(LogLine::seq).isSorted().doesNotHaveDuplicates();
        assertThat(lines).extracting(LogLine::text).startsWith("tick 1", "tick 2", "tick 3");
        assertThat(lines.getLast().seq()).isGreaterThan(seen - 1);
        assertThat(control(program.id(), "kill").state()).isEqualTo(ProgramState.KILLED);
    }

    @Test
    void aCompileErrorIsRefusedBeforeAnyEngineSeesIt() {
        Http.Answer answer = http.postJson("/api/programs", admin, "{\"source\": \"let = 1\", \"fileName\": \"bad.js\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("compile-error", "bad.js:1:");
    }

    @Test
    void anEngineJoinsOverHttpAndTakesPrograms() {
        try (Engine remote = Engine.join(coordinator.url(), coordinator.clusterToken(), new EngineOptions("remote-1", Map.of("k", "v")))) {
            Eventually.until("remote-1 online", () -> http.get("/api/engines", admin).body().contains("remote-1"));
            Http.Answer deployed = http.postJson("/api/programs", admin,
                "{\"source\": " + quote(COUNTER) + ", \"name\": \"remote\", \"engine\": \"remote-1\"}");
            assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
            Http.Answer twin = http.postJson("/api/cluster/join", coordinator.clusterToken(), "{\"name\": \"remote-1\"}");
            assertThat(twin.status()).isEqualTo(409);
        }
    }

    private static LogPage logs(String id) {
        return CoordinatorApiTest.JSON.decode(http.get("/api/programs/" + id + "/logs", admin).bytes(), LogPage.class);
    }

    private static ProgramView control(String ref, String action) {
        Http.Answer answer = http.postJson("/api/programs/" + ref + "/" + action, admin, "");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return CoordinatorApiTest.JSON.decode(answer.bytes(), ProgramView.class);
    }

    private static String quote(String text) {
        return new String(CoordinatorApiTest.JSON.encode(text), java.nio.charset.StandardCharsets.UTF_8);
    }
}
