package dev.colony.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.gfs.BlobStore;
import dev.colony.gfs.DiskBlobStore;
import dev.colony.protocol.ControlReply;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.EngineState;
import dev.colony.protocol.EngineStatus;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineControlTest {

    @TempDir
    Path dir;

    private final JsonCodec codec = new JsonCodec();
    private BlobStore blobs;
    private CoordinatorProbe coordinator;
    private Engine engine;
    private String name;

    @BeforeEach
    void startEngine() {
        blobs = new DiskBlobStore(dir.resolve("blobs"));
        coordinator = new CoordinatorProbe();
        name = TestCluster.unique("e");
        engine = TestCluster.engine(name, blobs);
    }

    @AfterEach
    void stop() {
        engine.close();
        coordinator.close();
    }

    @Test
    void heartbeatIsRetainedAndCloseLeavesOffline() {
        CoordinatorProbe.await(() -> coordinator.engine(name) != null, "a heartbeat of " + name);
        EngineStatus online = coordinator.engine(name);
        assertThat(online.state()).isEqualTo(EngineState.ONLINE);
        assertThat(online.labels()).containsEntry("zone", "test");
        assertThat(online.programCount()).isZero();
        assertThat(online.resources().heapMaxBytes()).isPositive();
        assertThat(online.resources().heapUsedBytes()).isPositive();
        long first = online.sentAtMillis();
        CoordinatorProbe.await(() -> coordinator.engine(name).sentAtMillis() > first, "a second heartbeat");

        engine.close();
        engine.close();
        try (CoordinatorProbe late = new CoordinatorProbe()) { // retained: a coordinator starting now sees it
            CoordinatorProbe.await(() -> late.engine(name) != null, "the retained status of " + name);
            assertThat(late.engine(name).state()).isEqualTo(EngineState.OFFLINE);
        }
    }

    @Test
    void deployedProgramRunsAndLogsInOrderThenExits() {
        String id = TestCluster.unique("p");
        ControlReply reply = deploy(id, Programs.ticker(5));

        assertThat(reply.succeeded()).as(String.valueOf(reply.error())).isTrue();
        assertThat(reply.program().state()).isEqualTo(ProgramState.RUNNING);
        assertThat(reply.program().engineId()).isEqualTo(name);
        assertThat(reply.program().generation()).isZero();
        assertThat(coordinator.awaitStatus(id, ProgramState.EXITED).generation()).isZero();
        List<LogLine> lines = coordinator.awaitLogs(id, 5);
        assertThat(lines).extracting(LogLine::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lines).extracting(LogLine::text).containsExactly("tick 1", "tick 2", "tick 3", "tick 4", "tick 5");
        assertThat(lines).allSatisfy(line -> assertThat(line.stream()).isEqualTo("stdout"));
        assertThat(coordinator.statuses(id)).extracting(status -> status.state())
            .containsExactly(ProgramState.RUNNING, ProgramState.EXITED);
        assertThat(request(new ControlRequest.Kill(TestCluster.unique("r"), id)).error().type()).isEqualTo("unknown-program");
    }

    @Test
    void pausedProgramStandsStillUntilResumed() throws Exception {
        String id = TestCluster.unique("p");
        deploy(id, Programs.FOREVER);
        coordinator.awaitLogs(id, 3);

        ControlReply paused = request(new ControlRequest.Pause(TestCluster.unique("r"), id));
        assertThat(paused.program().state()).isEqualTo(ProgramState.PAUSED);
        Thread.sleep(100); // a line being printed as the pause came may still arrive
        int whilePaused = coordinator.logs(id).size();
        Thread.sleep(300);
        assertThat(coordinator.logs(id)).hasSize(whilePaused);

        ControlReply resumed = request(new ControlRequest.Resume(TestCluster.unique("r"), id));
        assertThat(resumed.program().state()).isEqualTo(ProgramState.RUNNING);
        List<LogLine> lines = coordinator.awaitLogs(id, whilePaused + 3);
        assertThat(lines).extracting(LogLine::seq).startsWith(1L, 2L, 3L).doesNotHaveDuplicates().isSorted();
        assertThat(coordinator.statuses(id)).extracting(status -> status.state())
            .containsExactly(ProgramState.RUNNING, ProgramState.PAUSED, ProgramState.RUNNING);
    }

    @Test
    void killEndsTheProgramOnce() {
        String id = TestCluster.unique("p");
        deploy(id, Programs.FOREVER);
        coordinator.awaitLogs(id, 2);
        CoordinatorProbe.await(() -> coordinator.engine(name) != null && coordinator.engine(name).programCount() == 1, "programCount 1");

        ControlReply killed = request(new ControlRequest.Kill(TestCluster.unique("r"), id));

        assertThat(killed.program().state()).isEqualTo(ProgramState.KILLED);
        assertThat(coordinator.awaitStatus(id, ProgramState.KILLED).engineId()).isEqualTo(name);
        CoordinatorProbe.await(() -> coordinator.engine(name).programCount() == 0, "programCount 0");
        ControlReply again = request(new ControlRequest.Kill(TestCluster.unique("r"), id));
        assertThat(again.error().type()).isEqualTo("unknown-program");
        assertThat(again.error().message()).contains(id);
    }

    @Test
    void programThatThrowsFailsWithItsError() {
        String id = TestCluster.unique("p");
        deploy(id, Programs.FAILS);
        assertThat(coordinator.awaitStatus(id, ProgramState.FAILED).detail()).contains("boom at the end");
    }

    @Test
    void syntaxErrorIsACompileError() {
        String id = TestCluster.unique("p");
        ControlReply reply = deploy(id, "let x = ;\n");
        assertThat(reply.error().type()).isEqualTo("compile-error");
        assertThat(reply.error().message()).contains("1");
        assertThat(request(new ControlRequest.Pause(TestCluster.unique("r"), id)).error().type()).isEqualTo("unknown-program");
    }

    @Test
    void missingCodeAndWrongStatesAreRefused() {
        String absent = "a".repeat(64);
        ControlReply noCode = request(new ControlRequest.Deploy(TestCluster.unique("r"), TestCluster.unique("p"), "x", absent));
        assertThat(noCode.error().type()).isEqualTo("unknown-blob");
        ControlReply badRef = request(new ControlRequest.Deploy(TestCluster.unique("r"), TestCluster.unique("p"), "x", "../etc/passwd"));
        assertThat(badRef.error().type()).isEqualTo("bad-blob");

        String id = TestCluster.unique("p");
        deploy(id, Programs.FOREVER);
        assertThat(deploy(id, Programs.FOREVER).error().type()).isEqualTo("program-exists");
        assertThat(request(new ControlRequest.Release(TestCluster.unique("r"), id, 1)).error().type()).isEqualTo("wrong-state");
    }

    @Test
    void repeatedRequestIdGetsTheFirstReplyWithoutActingTwice() {
        String id = TestCluster.unique("p");
        String code = blobs.put(Programs.ticker(3).getBytes(StandardCharsets.UTF_8));
        byte[] deploy = codec.encode(new ControlRequest.Deploy("deploy-once-" + id, id, "counter", code));

        byte[] first = coordinator.requestRaw(name, deploy);
        coordinator.awaitStatus(id, ProgramState.EXITED);
        byte[] second = coordinator.requestRaw(name, deploy);

        assertThat(second).isEqualTo(first);
        assertThat(codec.decode(second, ControlReply.class).program().state()).isEqualTo(ProgramState.RUNNING);
        assertThat(coordinator.awaitLogs(id, 3)).hasSize(3);
        assertThat(coordinator.statuses(id)).hasSize(2); // RUNNING, EXITED: it ran once
    }

    @Test
    void malformedAndOversizedRequestsGetFailedRepliesAndHarmNothing() {
        List<byte[]> hostile = List.of(
            "not json".getBytes(StandardCharsets.UTF_8),
            "{\"op\":\"explode\",\"requestId\":\"r-explode\",\"programId\":\"p\"}".getBytes(StandardCharsets.UTF_8),
            "{\"op\":\"pause\",\"requestId\":\"r-slash\",\"programId\":\"../etc\"}".getBytes(StandardCharsets.UTF_8),
            "{\"op\":\"pause\"}".getBytes(StandardCharsets.UTF_8),
            ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8),
            ("{\"op\":\"pause\",\"requestId\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        for (byte[] payload : hostile) {
            ControlReply reply = codec.decode(coordinator.requestRaw(name, payload), ControlReply.class);
            assertThat(reply.succeeded()).isFalse();
            assertThat(reply.error().type()).isEqualTo("malformed-request");
            assertThat(reply.error().message()).isNotBlank().doesNotContain("\n");
        }
        ControlReply explode = codec.decode(coordinator.requestRaw(name, hostile.get(1)), ControlReply.class);
        assertThat(explode.requestId()).isEqualTo("r-explode");
        coordinator.client().publish(Topics.engineControl(name), "no reply wanted".getBytes(StandardCharsets.UTF_8)).join();

        String id = TestCluster.unique("p");
        assertThat(deploy(id, Programs.ticker(1)).succeeded()).isTrue(); // still serving
        coordinator.awaitStatus(id, ProgramState.EXITED);
    }

    private ControlReply deploy(String programId, String source) {
        String code = blobs.put(source.getBytes(StandardCharsets.UTF_8));
        return request(new ControlRequest.Deploy(TestCluster.unique("r"), programId, "counter", code));
    }

    private ControlReply request(ControlRequest request) {
        return coordinator.request(name, request);
    }
}
