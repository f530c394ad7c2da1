package dev.colony.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.colony.gfs.BlobStore;
import dev.colony.gfs.DiskBlobStore;
import dev.colony.protocol.ControlReply;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.SnapshotRef;
import dev.colony.protocol.Topics;
import dev.colony.pubsub.Broker;
import dev.colony.pubsub.ClientOptions;
import dev.colony.pubsub.PubSubClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Programs moving between two engines in this JVM, driven step by step as the coordinator does. */
class EngineMigrationTest {

    @TempDir
    Path dir;

    private BlobStore blobs;
    private CoordinatorProbe coordinator;
    private Engine source;
    private Engine target;

    @BeforeEach
    void startEngines() {
        blobs = new DiskBlobStore(dir.resolve("blobs"));
        coordinator = new CoordinatorProbe();
        source = TestCluster.engine(TestCluster.unique("src"), blobs);
        target = TestCluster.engine(TestCluster.unique("dst"), blobs);
    }

    @AfterEach
    void stop() {
        source.close();
        target.close();
        coordinator.close();
    }

    @Test
    void migratedProgramContinuesWithUnbrokenLogSequence() {
        String id = TestCluster.unique("p");
        deploy(id, Programs.FOREVER);
        coordinator.awaitLogs(id, 10);

        ControlReply frozen = request(source, new ControlRequest.Freeze(rid(), id));
        assertThat(frozen.program().state()).isEqualTo(ProgramState.FROZEN);
        assertThat(frozen.program().generation()).isZero();
        int linesBeforeMove = coordinator.logs(id).size();
        ControlReply snapshot = request(source, new ControlRequest.Snapshot(rid(), id));
        SnapshotRef ref = snapshot.snapshot();
        assertThat(frozen.snapshot()).as("the freeze already stored the snapshot").isEqualTo(ref);
        assertThat(blobs.get(ref.hash())).hasValueSatisfying(bytes -> assertThat(bytes).hasSize((int) ref.sizeBytes()));
        ControlReply restored = request(target, new ControlRequest.Restore(rid(), id, "counter", 1, ref, false));
        assertThat(restored.succeeded()).as(String.valueOf(restored.error())).isTrue();
        assertThat(restored.program().state()).isEqualTo(ProgramState.RUNNING);
        assertThat(restored.program().engineId()).isEqualTo(target.name());
        assertThat(restored.program().generation()).isEqualTo(1);
        assertThat(request(source, new ControlRequest.Release(rid(), id, 1)).succeeded()).isTrue();

        List<LogLine> lines = coordinator.awaitLogs(id, linesBeforeMove + 10);
        assertUnbrokenTicks(lines);
        assertThat(lines.get(linesBeforeMove - 1).generation()).isZero();
        assertThat(lines.get(linesBeforeMove).generation()).isEqualTo(1);
        assertThat(request(source, new ControlRequest.Kill(rid(), id)).error().type()).isEqualTo("unknown-program");
        assertThat(request(target, new ControlRequest.Kill(rid(), id)).program().state()).isEqualTo(ProgramState.KILLED);
    }

    @Test
    void resumingAFrozenProgramRollsItBackOnTheSourceAsTheNextGeneration() {
        String id = TestCluster.unique("p");
        deploy(id, Programs.FOREVER);
        coordinator.awaitLogs(id, 5);
        request(source, new ControlRequest.Freeze(rid(), id));
        request(source, new ControlRequest.Snapshot(rid(), id));
        int linesBeforeRollback = coordinator.logs(id).size();

        ControlReply resumed = request(source, new ControlRequest.Resume(rid(), id));

        assertThat(resumed.program().state()).isEqualTo(ProgramState.RUNNING);
        assertThat(resumed.program().generation()).isEqualTo(1);
        assertThat(resumed.program().engineId()).isEqualTo(source.name());
        List<LogLine> lines = coordinator.awaitLogs(id, linesBeforeRollback + 5);
        assertUnbrokenTicks(lines);
        assertThat(coordinator.statuses(id)).extracting(status -> status.state())
            .containsSubsequence(ProgramState.RUNNING, ProgramState.FROZEN, ProgramState.RUNNING);
        assertThat(request(source, new ControlRequest.Kill(rid(), id)).program().generation()).isEqualTo(1);
    }

    @Test
    void anAbortedRestoreStopsTheProgramOnTheTargetOnlyForItsGeneration() {
        String id = TestCluster.unique("p");
        deploy(id, Programs.FOREVER);
        coordinator.awaitLogs(id, 3);
        request(source, new ControlRequest.Freeze(rid(), id));
        SnapshotRef ref = request(source, new ControlRequest.Snapshot(rid(), id)).snapshot();
        request(target, new ControlRequest.Restore(rid(), id, "counter", 1, ref, false));

        assertThat(request(target, new ControlRequest.Abort(rid(), id, 2)).error().type()).isEqualTo("generation-mismatch");
        ControlReply aborted = request(target, new ControlRequest.Abort(rid(), id, 1));

        assertThat(aborted.program().state()).isEqualTo(ProgramState.KILLED);
        assertThat(request(target, new ControlRequest.Abort(rid(), id, 1)).error().type()).isEqualTo("unknown-program");
        ControlReply rolledBack = request(source, new ControlRequest.Resume(rid(), id));
        assertThat(rolledBack.program().state()).isEqualTo(ProgramState.RUNNING);
        assertThat(rolledBack.program().engineId()).isEqualTo(source.name());
        assertThat(request(source, new ControlRequest.Kill(rid(), id)).program().generation()).isEqualTo(1);
    }

    @Test
    void tamperedOrMismatchedSnapshotsAreRefusedAndNothingRuns() throws Exception {
        String id = TestCluster.unique("p");
        deploy(id, Programs.FOREVER);
        coordinator.awaitLogs(id, 3);
        request(source, new ControlRequest.Freeze(rid(), id));
        SnapshotRef ref = request(source, new ControlRequest.Snapshot(rid(), id)).snapshot();
        byte[] snapshot = blobs.get(ref.hash()).orElseThrow();

        byte[] altered = snapshot.clone();
        altered[altered.length / 2] ^= 0x5a;
        SnapshotRef alteredRef = new SnapshotRef(blobs.put(altered), altered.length);
        assertThat(restoreOnTarget(id, 1, alteredRef).error().type()).isEqualTo("bad-snapshot");

        byte[] truncated = Arrays.copyOf(snapshot, snapshot.length / 3);
        assertThat(restoreOnTarget(id, 1, new SnapshotRef(blobs.put(truncated), truncated.length)).error().type())
            .isEqualTo("bad-snapshot");
        assertThat(restoreOnTarget(id, 1, new SnapshotRef(blobs.put("junk".getBytes(StandardCharsets.UTF_8)), 4)).error().type())
            .isEqualTo("bad-snapshot");
        assertThat(restoreOnTarget("other-" + id, 1, ref).error().type()).isEqualTo("bad-snapshot");
        assertThat(restoreOnTarget(id, 5, ref).error().type()).isEqualTo("generation-mismatch");
        assertThat(restoreOnTarget(id, 1, new SnapshotRef("b".repeat(64), 1)).error().type()).isEqualTo("unknown-blob");

        Path stored = dir.resolve("blobs").resolve(ref.hash().substring(0, 2)).resolve(ref.hash());
        Files.write(stored, altered); // the same name, other bytes: a corrupted store
        assertThat(restoreOnTarget(id, 1, ref).error().type()).isEqualTo("bad-snapshot");

        assertThat(request(target, new ControlRequest.Kill(rid(), id)).error().type()).isEqualTo("unknown-program");
        assertThat(coordinator.statuses(id)).noneMatch(status -> target.name().equals(status.engineId()));
        Files.write(stored, snapshot);
        assertThat(request(source, new ControlRequest.Resume(rid(), id)).program().state()).isEqualTo(ProgramState.RUNNING);
    }

    /** Waits for the runtime's inbox ({@code Program.deliver} and the {@code pubsub} global). */
    @Test
    void subscriberReceivesEveryMessageOnceAndInOrderWhileMigrated() throws Exception {
        String id = TestCluster.unique("p");
        deploy(id, Programs.NUMBERS_SUBSCRIBER);
        assumeThat(coordinator.awaitLogs(id, 1).get(0).text())
            .as("the runtime's pubsub global (merged from the runtime helper's branch)").isEqualTo("pubsub is object");
        Broker broker = TestCluster.broker();
        int count = 200;
        try (PubSubClient outside = PubSubClient.connect(ClientOptions.of(broker.host(), broker.port(), TestCluster.PROGRAM,
            TestCluster.unique("outside")).withReplyTopic("user/replies/outside"))) {
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < count; i++) {
                    outside.publish(Topics.user("nums"), Integer.toString(i).getBytes(StandardCharsets.UTF_8)).join();
                    sleep(5);
                }
            });
            CoordinatorProbe.await(() -> received(id).size() >= 20, "20 messages before the move");
            request(source, new ControlRequest.Freeze(rid(), id));
            SnapshotRef ref = request(source, new ControlRequest.Snapshot(rid(), id)).snapshot();
            assertThat(restoreOnTarget(id, 1, ref).succeeded()).isTrue();
            request(source, new ControlRequest.Release(rid(), id, 1));
            sending.join();
            CoordinatorProbe.await(() -> received(id).size() >= count, count + " messages; got " + received(id).size());
        }
        assertThat(received(id)).containsExactlyElementsOf(LongStream.range(0, count).boxed().toList());
        assertUnbroken(coordinator.logs(id));
    }

    private List<Long> received(String programId) {
        Pattern got = Pattern.compile("got (\\d+)");
        List<Long> numbers = new ArrayList<>();
        for (LogLine line : coordinator.logs(programId)) {
            Matcher matcher = got.matcher(line.text());
            if (matcher.matches()) {
                numbers.add(Long.parseLong(matcher.group(1)));
            }
        }
        return numbers;
    }

    /** Every seq from 1 once, in order, each line the one the ticker printed at that count. */
    private static void assertUnbrokenTicks(List<LogLine> lines) {
        assertUnbroken(lines);
        assertThat(lines).allSatisfy(line -> assertThat(line.text()).isEqualTo("tick " + line.seq()));
    }

    private static void assertUnbroken(List<LogLine> lines) {
        assertThat(lines).extracting(LogLine::seq).containsExactlyElementsOf(LongStream.rangeClosed(1, lines.size()).boxed().toList());
    }

    private ControlReply restoreOnTarget(String programId, long generation, SnapshotRef ref) {
        return request(target, new ControlRequest.Restore(rid(), programId, "counter", generation, ref, false));
    }

    private void deploy(String programId, String source) {
        String code = blobs.put(source.getBytes(StandardCharsets.UTF_8));
        ControlReply reply = request(this.source, new ControlRequest.Deploy(rid(), programId, "counter", code));
        assertThat(reply.succeeded()).as(String.valueOf(reply.error())).isTrue();
    }

    private ControlReply request(Engine engine, ControlRequest request) {
        return coordinator.request(engine.name(), request);
    }

    private static String rid() {
        return TestCluster.unique("r");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
