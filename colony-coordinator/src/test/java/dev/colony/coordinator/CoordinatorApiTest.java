package dev.colony.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colony.gfs.BlobHashes;
import dev.colony.protocol.ControlReply;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.EngineState;
import dev.colony.protocol.ErrorInfo;
import dev.colony.protocol.JoinReply;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.ProgramStatus;
import dev.colony.protocol.SnapshotRef;
import dev.colony.protocol.Topics;
import dev.colony.protocol.api.ApiError;
import dev.colony.protocol.api.EngineView;
import dev.colony.protocol.api.LogPage;
import dev.colony.protocol.api.MigrationReport;
import dev.colony.protocol.api.ProgramView;
import dev.colony.pubsub.ClientOptions;
import dev.colony.pubsub.Credentials;
import dev.colony.pubsub.PubSubClient;
import dev.colony.pubsub.RefusedException;
import dev.colony.pubsub.TcpProxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST API against a real coordinator (embedded broker, no in-process engines). Engines are
 * played over real MQTT by {@link ScriptedEngine}s, so deploy, control and migration run the whole
 * protocol; each test uses its own engine and program names.
 */
class CoordinatorApiTest {

    static final JsonCodec JSON = new JsonCodec(128 * 1024 * 1024);
    static final String HASH_OF_NOTHING = BlobHashes.of(new byte[0]);

    record Engines(List<EngineView> engines) {}

    record Programs(List<ProgramView> programs) {}

    @TempDir
    static Path dataDir;
    static Coordinator coordinator;
    static Http http;
    static String admin;
    static String cluster;
    static JoinReply.MqttAccess mqtt;

    @BeforeAll
    static void start() {
        coordinator = Coordinator.start(CoordinatorOptions.defaults(dataDir).withHttpPort(0).withMqttPort(0).withEngines(0)
            .withHeartbeatMillis(200).withControlTimeout(Duration.ofMillis(1_500)));
        http = new Http(coordinator.url());
        admin = coordinator.adminToken();
        cluster = coordinator.clusterToken();
        mqtt = join("probe").mqtt();
    }

    @AfterAll
    static void stop() {
        coordinator.close();
        coordinator.close(); // safe twice
    }

    @Test
    void healthAnswersWithoutAToken() {
        Http.Answer answer = http.get("/api/health", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(JSON.decode(answer.bytes(), Map.class)).containsEntry("status", "ok").containsKey("version");
    }

    @Test
    void everyProtectedRouteRefusesAMissingOrWrongToken() {
        List<String[]> adminRoutes = List.of(new String[] {"GET", "/api/engines"}, new String[] {"GET", "/api/programs"},
            new String[] {"POST", "/api/programs"}, new String[] {"GET", "/api/programs/x"},
            new String[] {"GET", "/api/programs/x/logs"}, new String[] {"POST", "/api/programs/x/pause"},
            new String[] {"POST", "/api/programs/x/resume"}, new String[] {"POST", "/api/programs/x/kill"},
            new String[] {"POST", "/api/programs/x/migrate"});
        List<String[]> clusterRoutes = List.of(new String[] {"POST", "/api/cluster/join"},
            new String[] {"PUT", "/api/cluster/blobs/" + HASH_OF_NOTHING}, new String[] {"GET", "/api/cluster/blobs/" + HASH_OF_NOTHING});
        for (String[] route : adminRoutes) {
            for (String token : new String[] {null, "wrong", cluster, admin + "x", ""}) {
                assertError(http.send(route[0], route[1], token, "application/json", "{}".getBytes()), 401, "unauthorized");
            }
        }
        for (String[] route : clusterRoutes) {
            for (String token : new String[] {null, "wrong", admin, cluster.substring(1)}) {
                assertError(http.send(route[0], route[1], token, "application/json", "{}".getBytes()), 401, "unauthorized");
            }
        }
    }

    @Test
    void tokensAreCreatedOwnerOnly() throws Exception {
        assertThat(coordinator.adminTokenFile()).isEqualTo(dataDir.toAbsolutePath().resolve("admin.token"));
        for (String file : List.of("admin.token", "cluster.token", "snapshot.key")) {
            assertThat(java.nio.file.Files.getPosixFilePermissions(dataDir.resolve(file)))
                .containsExactlyInAnyOrderElementsOf(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(admin).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(cluster);
        assertThat(java.nio.file.Files.readString(dataDir.resolve("coordinator.json"))).contains(coordinator.url().toString());
    }

    @Test
    void theProgramAccountIsWrittenForOutsideClients() throws Exception {
        Path file = coordinator.mqttProgramFile();
        assertThat(file).isEqualTo(dataDir.toAbsolutePath().resolve("mqtt-program.properties"));
        assertThat(java.nio.file.Files.getPosixFilePermissions(file))
            .containsExactlyInAnyOrderElementsOf(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Properties written = new Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(file)) {
            written.load(reader);
        }
        assertThat(written).containsOnly(Map.entry("host", mqtt.host()), Map.entry("port", String.valueOf(mqtt.port())),
            Map.entry("username", mqtt.program().username()), Map.entry("password", mqtt.program().password()));

        // what an outside client does with it: user topics work, system topics are refused
        Credentials program = new Credentials(written.getProperty("username"), written.getProperty("password"));
        try (PubSubClient outside = PubSubClient.connect(ClientOptions.of(written.getProperty("host"),
            Integer.parseInt(written.getProperty("port")), program, "outside-client"))) {
            CompletableFuture<String> received = new CompletableFuture<>();
            outside.subscribe("user/outside/#", m -> received.complete(new String(m.payload(), StandardCharsets.UTF_8))).get();
            outside.publish("user/outside/x", "{\"hi\":1}".getBytes(StandardCharsets.UTF_8)).get();
            assertThat(received.get(10, TimeUnit.SECONDS)).isEqualTo("{\"hi\":1}");
            assertThatThrownBy(() -> outside.publish("colony/engines/x/control", "{}".getBytes(StandardCharsets.UTF_8)).get())
                .cause().isInstanceOf(RefusedException.class);
        }
    }

    @Test
    void malformedRequestsAre400() {
        assertError(http.postJson("/api/programs", admin, "{\"source\": "), 400, "invalid-request");
        assertError(http.postJson("/api/programs", admin, "null"), 400, "invalid-request");
        assertError(http.postJson("/api/programs", admin, "[1,2]"), 400, "invalid-request");
        assertError(http.postJson("/api/programs", admin, "{}"), 400, "missing-field");
        assertError(http.postJson("/api/programs", admin, "{\"source\": 5, \"name\": {}}"), 400, "invalid-request");
        assertError(http.postJson("/api/programs", admin, "{\"source\": \"1\", \"name\": \"a\\u0001b\"}"), 400, "invalid-field");
        assertError(http.postJson("/api/programs", admin, "{\"source\": \"1\", \"name\": \"" + "n".repeat(129) + "\"}"), 400, "invalid-field");
        assertError(http.postJson("/api/programs", admin, "{\"source\": \"1\", \"fileName\": \"../x.js\"}"), 400, "invalid-field");
        assertError(http.postJson("/api/programs", admin, "{\"source\": \"1\", \"engine\": \"a/b\"}"), 400, "invalid-field");
        assertError(http.send("POST", "/api/programs", admin, "text/plain", "{\"source\": \"1\"}".getBytes()), 400, "unsupported-content-type");
        assertError(http.send("POST", "/api/programs", admin, null, "{\"source\": \"1\"}".getBytes()), 400, "unsupported-content-type");
        assertError(http.postJson("/api/programs/x/migrate", admin, "{}"), 400, "missing-field");
        assertError(http.postJson("/api/programs/x/migrate", admin, "{\"to\": \"+\"}"), 400, "invalid-field");
        assertError(http.postJson("/api/cluster/join", cluster, "{\"name\": \"bad/name\"}"), 400, "invalid-request");
        assertError(http.postJson("/api/cluster/join", cluster, "{\"labels\": {}}"), 400, "invalid-request");
        assertError(http.send("PUT", "/api/cluster/blobs/ABC", cluster, "application/octet-stream", new byte[1]), 400, "invalid-blob-name");
        assertError(http.get("/api/cluster/blobs/" + HASH_OF_NOTHING.toUpperCase(), cluster), 400, "invalid-blob-name");
        assertError(http.send("PUT", "/api/cluster/blobs/" + HASH_OF_NOTHING, cluster, "application/octet-stream", new byte[] {1}),
            400, "hash-mismatch");
        assertError(http.get("/api/programs/%01/logs", admin), 400, "invalid-field");
        assertError(http.get("/api/programs/" + "r".repeat(200), admin), 400, "invalid-field");
        String program = knownProgram("p-logs400", "logs400", "e-logs400");
        for (String query : List.of("after=-1", "after=x", "limit=0", "limit=10001", "wait=31", "wait=1.5", "after=99999999999999999999")) {
            assertError(http.get("/api/programs/" + program + "/logs?" + query, admin), 400, "invalid-query");
        }
    }

    @Test
    void oversizedBodiesAre413() {
        String bigJoin = "{\"name\": \"e\", \"labels\": {\"k\": \"" + "v".repeat(70_000) + "\"}}";
        assertError(http.postJson("/api/cluster/join", cluster, bigJoin), 413, "body-too-large");
        String bigSource = "{\"source\": \"" + "x".repeat(1024 * 1024 + 1) + "\"}";
        assertError(http.postJson("/api/programs", admin, bigSource), 413, "body-too-large");
        String hugeDeploy = "{\"source\": \"" + "\\n".repeat(1024 * 1024 + 40_000) + "\"}";
        assertError(http.postJson("/api/programs", admin, hugeDeploy), 413, "body-too-large");
        assertError(http.postJson("/api/programs/x/migrate", admin, "{\"to\": \"" + "e".repeat(70_000) + "\"}"), 413, "body-too-large");
        byte[] bigBlob = new byte[64 * 1024 * 1024 + 1];
        assertError(http.send("PUT", "/api/cluster/blobs/" + BlobHashes.of(bigBlob), cluster, "application/octet-stream", bigBlob),
            413, "body-too-large");
    }

    @Test
    void unknownProgramsRoutesAndBlobsAre404() {
        assertError(http.get("/api/programs/nothing-here", admin), 404, "unknown-program");
        assertError(http.postJson("/api/programs/nothing-here/kill", admin, ""), 404, "unknown-program");
        assertError(http.get("/api/nope", admin), 404, "unknown-route");
        assertError(http.get("/nope", null), 404, "unknown-route");
        assertError(http.send("DELETE", "/api/programs", admin, null, null), 404, "unknown-route");
        assertError(http.get("/api/cluster/blobs/" + "0".repeat(64), cluster), 404, "unknown-blob");
    }

    @Test
    void joinAnswersBrokerAccessAndRefusesANameAnOnlineEngineHolds() throws Exception {
        JoinReply reply = join("joiner");
        assertThat(reply.engineId()).isEqualTo("joiner");
        assertThat(reply.mqtt().host()).isEqualTo("127.0.0.1");
        assertThat(reply.mqtt().cluster().password()).isNotBlank();
        assertThat(reply.mqtt().program().username()).isNotEqualTo(reply.mqtt().cluster().username());
        assertThat(reply.snapshotKey()).isEqualTo(java.nio.file.Files.readString(dataDir.resolve("snapshot.key")).strip());
        assertThat(reply.heartbeatMillis()).isEqualTo(200);
        try (ScriptedEngine engine = new ScriptedEngine(reply.mqtt(), "joiner", request -> null)) {
            engine.report(EngineState.ONLINE);
            Eventually.until("joiner is online", () -> engineView("joiner").map(e -> e.state() == EngineState.ONLINE).orElse(false));
            assertError(http.postJson("/api/cluster/join", cluster, "{\"name\": \"joiner\"}"), 409, "engine-name-taken");
            engine.report(EngineState.OFFLINE);
            Eventually.until("joiner is offline", () -> engineView("joiner").map(e -> e.state() == EngineState.OFFLINE).orElse(false));
            assertThat(join("joiner").engineId()).isEqualTo("joiner");
        }
    }

    @Test
    void blobsRoundTrip() {
        byte[] bytes = "some snapshot bytes \u0000\u00ff".getBytes(StandardCharsets.UTF_8);
        String hash = BlobHashes.of(bytes);
        assertThat(http.send("PUT", "/api/cluster/blobs/" + hash, cluster, "application/octet-stream", bytes).status()).isEqualTo(204);
        assertThat(http.send("PUT", "/api/cluster/blobs/" + hash, cluster, "application/octet-stream", bytes).status()).isEqualTo(204);
        Http.Answer answer = http.get("/api/cluster/blobs/" + hash, cluster);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/octet-stream");
        assertThat(answer.bytes()).isEqualTo(bytes);
    }

    @Test
    void enginesAppearFromTheirStatusAndGoOfflineByLastWillOrSilence() throws Exception {
        try (TcpProxy proxy = new TcpProxy(mqtt.host(), mqtt.port());
             ScriptedEngine willing = new ScriptedEngine(mqtt, proxy.port(), "e-will", request -> null);
             ScriptedEngine silent = new ScriptedEngine(mqtt, "e-silent", request -> null)) {
            willing.report(EngineState.ONLINE);
            silent.report(EngineState.ONLINE);
            Eventually.until("both online", () -> engineView("e-will").map(e -> e.state() == EngineState.ONLINE).orElse(false)
                && engineView("e-silent").map(e -> e.state() == EngineState.ONLINE).orElse(false));
            EngineView view = engineView("e-will").orElseThrow();
            assertThat(view.labels()).containsEntry("zone", "test");
            assertThat(view.cpuLoad()).isEqualTo(0.25);
            assertThat(view.heapMaxBytes()).isEqualTo(2_000);
            assertThat(view.lastHeartbeatMillis()).isPositive();
            String program = knownProgram("p-onsilent", "onsilent", "e-silent");

            proxy.cutConnections(); // the broker publishes e-will's last will
            Eventually.until("the last will makes e-will offline",
                () -> engineView("e-will").map(e -> e.state() == EngineState.OFFLINE).orElse(false));
            // e-silent sends no more heartbeats: offline after 5 × 200 ms, and its program is lost
            Eventually.until("e-silent is offline", () -> engineView("e-silent").map(e -> e.state() == EngineState.OFFLINE).orElse(false));
            Eventually.until("its program is lost", () -> program(program).state() == ProgramState.LOST);
            assertThat(program(program).detail()).contains("e-silent");
        }
    }

    @Test
    void programStatusReportsOfOlderGenerationsLose() {
        try (ScriptedEngine engine = online("e-gen")) {
            engine.publish(Topics.programStatus("p-gen"), new ProgramStatus("p-gen", "gen", "e-gen", ProgramState.RUNNING, 3, 1), true);
            Eventually.until("p-gen listed", () -> programs().stream().anyMatch(p -> p.id().equals("p-gen") && p.generation() == 3));
            engine.publish(Topics.programStatus("p-gen"), new ProgramStatus("p-gen", "gen", "e-gen", ProgramState.KILLED, 2, 2), false);
            engine.publish(Topics.programStatus("p-gen"), new ProgramStatus("p-gen", "gen", "e-other", ProgramState.KILLED, 3, 2), false);
            engine.publish(Topics.programStatus("p-gen"), new ProgramStatus("p-gen", "gen", "e-gen", ProgramState.PAUSED, 3, 3), false);
            Eventually.until("the paused report wins", () -> program("p-gen").state() == ProgramState.PAUSED);
            assertThat(program("gen").id()).isEqualTo("p-gen");
            assertThat(program("p-gen").engine()).isEqualTo("e-gen");
        }
    }

    @Test
    void logsComeInSeqOrderOnceEachAndCanBeAwaited() throws Exception {
        try (ScriptedEngine engine = online("e-logs")) {
            String program = knownProgram("p-logs", "logs", "e-logs");
            for (long seq : new long[] {1, 2, 2, 4, 3, 1}) {
                engine.publish(Topics.programLogs(program), new LogLine(program, seq, "stdout", "line " + seq, 0, seq), false);
            }
            engine.publish(Topics.programLogs(program), new LogLine("p-other", 9, "stdout", "spoof", 0, 1), false);
            Eventually.until("four lines", () -> logs(program, "after=0").lines().size() == 4);
            LogPage page = logs(program, "after=0");
            assertThat(page.lines()).extracting(LogLine::seq).containsExactly(1L, 2L, 3L, 4L);
            assertThat(page.lines()).extracting(LogLine::text).containsExactly("line 1", "line 2", "line 3", "line 4");
            assertThat(page.next()).isEqualTo(4);
            assertThat(logs(program, "after=1&limit=2").lines()).extracting(LogLine::seq).containsExactly(2L, 3L);
            assertThat(logs(program, "after=4")).isEqualTo(new LogPage(List.of(), 4));

            CompletableFuture<LogPage> waiting = CompletableFuture.supplyAsync(() -> logs(program, "after=4&wait=20"));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            engine.publish(Topics.programLogs(program), new LogLine(program, 5, "stderr", "late", 0, 5), false);
            assertThat(waiting.get(10, java.util.concurrent.TimeUnit.SECONDS).lines()).extracting(LogLine::text).containsExactly("late");
            assertThat(java.nio.file.Files.readAllLines(dataDir.resolve("logs").resolve(program + ".jsonl"))).hasSize(5);
        }
    }

    @Test
    void deployNeedsAnOnlineEngineAndSourceThatCompiles() {
        assertError(http.postJson("/api/programs", admin, "{\"source\": \"let x = ;\", \"fileName\": \"bad.js\"}"), 400, "compile-error");
        Http.Answer compileError = http.postJson("/api/programs", admin, "{\"source\": \"\\n\\n  let x = ;\", \"fileName\": \"bad.js\"}");
        assertThat(error(compileError).message()).contains("bad.js:3:");
        assertError(http.postJson("/api/programs", admin, "{\"source\": \"1\", \"engine\": \"e-absent\"}"), 404, "unknown-engine");
        if (onlineEngines().isEmpty()) {
            assertError(http.postJson("/api/programs", admin, "{\"source\": \"1\"}"), 503, "no-engine-online");
        }
    }

    @Test
    void deployPauseAndKillGoToTheProgramsEngine() {
        try (ScriptedEngine engine = online("e-deploy")) {
            engine.script(request -> ControlReply.ok(request.requestId(), status(request, "e-deploy", switch (request) {
                case ControlRequest.Pause pause -> ProgramState.PAUSED;
                case ControlRequest.Kill kill -> ProgramState.KILLED;
                default -> ProgramState.RUNNING;
            }, 0)));
            Http.Answer deployed = http.postJson("/api/programs", admin,
                "{\"source\": \"console.log(1)\", \"fileName\": \"counter.js\", \"engine\": \"e-deploy\"}");
            assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
            ProgramView view = JSON.decode(deployed.bytes(), ProgramView.class);
            assertThat(view.id()).matches("p-[0-9a-f]{8}");
            assertThat(view.name()).isEqualTo("counter");
            assertThat(view.engine()).isEqualTo("e-deploy");
            assertThat(view.state()).isEqualTo(ProgramState.RUNNING);
            ControlRequest.Deploy deploy = (ControlRequest.Deploy) engine.received.getFirst();
            assertThat(http.get("/api/cluster/blobs/" + deploy.codeRef(), cluster).body()).isEqualTo("console.log(1)");

            assertError(http.postJson("/api/programs", admin, "{\"source\": \"1\", \"name\": \"counter\", \"engine\": \"e-deploy\"}"),
                409, "name-taken");
            assertThat(control("counter", "pause").state()).isEqualTo(ProgramState.PAUSED);
            assertThat(control(view.id(), "kill").state()).isEqualTo(ProgramState.KILLED);
            Http.Answer resumeKilled = http.postJson("/api/programs/" + view.id() + "/resume", admin, "");
            assertError(resumeKilled, 409, "wrong-state");
            assertThat(error(resumeKilled).message()).startsWith("cannot resume program " + view.id() + ": it is KILLED");
            assertThat(engine.received).hasSize(3);
        }
    }

    @Test
    void engineRefusalsAre409AndSilenceIs503() {
        try (ScriptedEngine engine = online("e-refuse")) {
            engine.script(request -> request instanceof ControlRequest.Deploy
                ? ControlReply.ok(request.requestId(), status(request, "e-refuse", ProgramState.RUNNING, 0))
                : ControlReply.failed(request.requestId(), new ErrorInfo("wrong-state", "not now", false)));
            ProgramView view = deploy("refused", "e-refuse");
            assertError(http.postJson("/api/programs/" + view.id() + "/resume", admin, ""), 409, "wrong-state");
            engine.script(request -> null);
            assertError(http.postJson("/api/programs/" + view.id() + "/pause", admin, ""), 503, "engine-timeout");
            assertError(http.postJson("/api/programs", admin, "{\"source\": \"1\", \"engine\": \"e-refuse\"}"), 503, "engine-timeout");
        }
    }

    @Test
    void migrationFreezesSnapshotsRestoresAndReleases() {
        try (ScriptedEngine source = online("e-src"); ScriptedEngine target = online("e-dst")) {
            source.script(request -> switch (request) {
                case ControlRequest.Snapshot snapshot -> ControlReply.snapshotTaken(request.requestId(),
                    status(request, "e-src", ProgramState.FROZEN, 0), new SnapshotRef("ab".repeat(32), 4567));
                case ControlRequest.Freeze freeze -> ControlReply.ok(request.requestId(), status(request, "e-src", ProgramState.FROZEN, 0));
                default -> ControlReply.ok(request.requestId(), status(request, "e-src", ProgramState.RUNNING, 0));
            });
            target.script(request -> ControlReply.ok(request.requestId(), status(request, "e-dst", ProgramState.RUNNING, 1)));
            ProgramView view = deploy("mover", "e-src");

            Http.Answer answer = http.postJson("/api/programs/mover/migrate", admin, "{\"to\": \"e-dst\"}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            MigrationReport report = JSON.decode(answer.bytes(), MigrationReport.class);
            assertThat(report.from()).isEqualTo("e-src");
            assertThat(report.to()).isEqualTo("e-dst");
            assertThat(report.snapshotBytes()).isEqualTo(4567);
            assertThat(report.millis()).isPositive();
            assertThat(report.program().engine()).isEqualTo("e-dst");
            assertThat(report.program().generation()).isEqualTo(1);
            Eventually.until("the release reaches the source", () -> source.received.size() == 4); // sent without waiting
            assertThat(source.received).extracting(r -> r.getClass().getSimpleName())
                .containsExactly("Deploy", "Freeze", "Snapshot", "Release");
            ControlRequest.Restore restore = (ControlRequest.Restore) target.received.getFirst();
            assertThat(restore.generation()).isEqualTo(1);
            assertThat(restore.paused()).isFalse();
            assertThat(restore.snapshot().sizeBytes()).isEqualTo(4567);
            assertThat(program(view.id()).engine()).isEqualTo("e-dst");

            assertError(http.postJson("/api/programs/mover/migrate", admin, "{\"to\": \"e-dst\"}"), 409, "same-engine");
            assertError(http.postJson("/api/programs/mover/migrate", admin, "{\"to\": \"e-nowhere\"}"), 404, "unknown-engine");
        }
    }

    @Test
    void aFailedRestoreRollsBackToTheSource() {
        try (ScriptedEngine source = online("e-back"); ScriptedEngine target = online("e-broken")) {
            source.script(request -> switch (request) {
                case ControlRequest.Snapshot snapshot -> ControlReply.snapshotTaken(request.requestId(),
                    status(request, "e-back", ProgramState.FROZEN, 0), new SnapshotRef("cd".repeat(32), 10));
                case ControlRequest.Resume resume -> ControlReply.ok(request.requestId(), status(request, "e-back", ProgramState.RUNNING, 1));
                default -> ControlReply.ok(request.requestId(), status(request, "e-back", ProgramState.RUNNING, 0));
            });
            target.script(request -> request instanceof ControlRequest.Restore ? null // silent: the coordinator times out
                : ControlReply.failed(request.requestId(), new ErrorInfo("unknown-program", "never started", false)));
            ProgramView view = deploy("stayer", "e-back");

            assertError(http.postJson("/api/programs/" + view.id() + "/migrate", admin, "{\"to\": \"e-broken\"}"), 409, "migration-rolled-back");
            assertThat(target.received).extracting(r -> r.getClass().getSimpleName()).containsExactly("Restore", "Abort");
            assertThat(source.received).extracting(r -> r.getClass().getSimpleName()).containsExactly("Deploy", "Freeze", "Snapshot", "Resume");
            ProgramView after = program(view.id());
            assertThat(after.engine()).isEqualTo("e-back");
            assertThat(after.state()).isEqualTo(ProgramState.RUNNING);
            assertThat(after.generation()).isEqualTo(1);
        }
    }

    @Test
    void hostileInputNeverGets5xx() {
        List<String> paths = List.of("/api/health", "/api/cluster/join", "/api/cluster/blobs/x", "/api/cluster/blobs/" + HASH_OF_NOTHING,
            "/api/engines", "/api/programs", "/api/programs/x", "/api/programs/x/logs?wait=abc&after=%00", "/api/programs/x/pause",
            "/api/programs/x/resume", "/api/programs/x/kill", "/api/programs/x/migrate", "/api/programs/%2e%2e%2fadmin.token",
            "/api/programs/" + "%ff".repeat(50), "/api/programs/a%2Fb", "/api/programs/x/logs?limit=99999999999999999999",
            "/api/../admin.token", "/api/programs//x", "/api/cluster/blobs/../../admin.token");
        List<byte[]> bodies = List.of(new byte[0], "{".getBytes(), "{\"source\": null}".getBytes(), "[]".getBytes(),
            "\"text\"".getBytes(), "{\"a\":".repeat(100).getBytes(), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1},
            "{\"name\": 12, \"labels\": [1], \"source\": [], \"to\": {}}".getBytes(), "{\"to\": \"x\", \"to\": \"y\"}".getBytes());
        for (String path : paths) {
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                for (String token : new String[] {null, admin, cluster}) {
                    for (byte[] body : bodies) {
                        Http.Answer answer = http.send(method, path, token, "application/json", body);
                        assertThat(answer.status()).as(method + " " + path + " -> " + answer.body()).isBetween(200, 499);
                        if (answer.status() >= 400) {
                            assertThat(answer.contentType()).as(method + " " + path + " -> " + answer.status() + " " + answer.body())
                                .startsWith("application/json");
                            assertThat(error(answer).type()).as(method + " " + path).isNotBlank();
                        }
                    }
                }
            }
        }
        // Jetty refuses a NUL in the path itself and closes the connection, so only without a body
        // is its (JSON) answer sure to arrive before the close
        Http.Answer nul = http.get("/api/programs/%00", admin);
        assertThat(nul.status()).isEqualTo(400);
        assertThat(error(nul).type()).isNotBlank();
    }

    // --- helpers

    static JoinReply join(String name) {
        Http.Answer answer = http.postJson("/api/cluster/join", cluster, "{\"name\": \"" + name + "\", \"labels\": {\"k\": \"v\"}}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JSON.decode(answer.bytes(), JoinReply.class);
    }

    static ScriptedEngine online(String name) {
        ScriptedEngine engine = new ScriptedEngine(mqtt, name, request -> null);
        engine.keepOnline();
        Eventually.until(name + " online", () -> engineView(name).map(e -> e.state() == EngineState.ONLINE).orElse(false));
        return engine;
    }

    /** A program made known by a retained status report on the given engine. */
    static String knownProgram(String id, String name, String engine) {
        try (ScriptedEngine reporter = new ScriptedEngine(mqtt, "reporter-" + id, request -> null)) {
            reporter.publish(Topics.programStatus(id), new ProgramStatus(id, name, engine, ProgramState.RUNNING, 0, 1), true);
        }
        Eventually.until(id + " known", () -> programs().stream().anyMatch(p -> p.id().equals(id)));
        return id;
    }

    /** The status an engine replies with, naming the program as the coordinator knows it. */
    static ProgramStatus status(ControlRequest request, String engine, ProgramState state, long generation) {
        String name = switch (request) {
            case ControlRequest.Deploy deploy -> deploy.name();
            case ControlRequest.Restore restore -> restore.name();
            default -> programName(request.programId());
        };
        return new ProgramStatus(request.programId(), name, engine, state, generation, System.currentTimeMillis());
    }

    static String programName(String id) {
        return programs().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().name();
    }

    static ProgramView deploy(String name, String engine) {
        Http.Answer answer = http.postJson("/api/programs", admin,
            "{\"source\": \"let n = 0\", \"name\": \"" + name + "\", \"engine\": \"" + engine + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return JSON.decode(answer.bytes(), ProgramView.class);
    }

    static ProgramView control(String ref, String action) {
        Http.Answer answer = http.postJson("/api/programs/" + ref + "/" + action, admin, "");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JSON.decode(answer.bytes(), ProgramView.class);
    }

    static List<ProgramView> programs() {
        return JSON.decode(http.get("/api/programs", admin).bytes(), Programs.class).programs();
    }

    static ProgramView program(String ref) {
        Http.Answer answer = http.get("/api/programs/" + ref, admin);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JSON.decode(answer.bytes(), ProgramView.class);
    }

    static Optional<EngineView> engineView(String name) {
        return JSON.decode(http.get("/api/engines", admin).bytes(), Engines.class).engines().stream()
            .filter(e -> e.name().equals(name)).findFirst();
    }

    static List<EngineView> onlineEngines() {
        return JSON.decode(http.get("/api/engines", admin).bytes(), Engines.class).engines().stream()
            .filter(e -> e.state() == EngineState.ONLINE).toList();
    }

    static LogPage logs(String program, String query) {
        Http.Answer answer = http.get("/api/programs/" + program + "/logs?" + query, admin);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JSON.decode(answer.bytes(), LogPage.class);
    }

    static ApiError.Detail error(Http.Answer answer) {
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/json");
        ApiError error = JSON.decode(answer.bytes(), ApiError.class);
        assertThat(error.error()).as(answer.body()).isNotNull();
        return error.error();
    }

    static void assertError(Http.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        ApiError.Detail error = error(answer);
        assertThat(error.type()).as(answer.body()).isEqualTo(type);
        assertThat(error.message()).isNotBlank().doesNotContain("\n");
    }
}
