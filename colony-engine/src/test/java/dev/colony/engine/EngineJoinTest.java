package dev.colony.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colony.gfs.DiskBlobStore;
import dev.colony.protocol.ControlReply;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.EngineState;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.api.ApiError;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An engine in its own right: joins a coordinator over HTTP and fetches code over it. */
class EngineJoinTest {

    @TempDir
    Path dir;

    private DiskBlobStore coordinatorBlobs;
    private FakeCoordinator http;

    @BeforeEach
    void startCoordinator() {
        coordinatorBlobs = new DiskBlobStore(dir.resolve("blobs"));
        http = new FakeCoordinator(coordinatorBlobs, TestCluster::joinReply);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void joinedEngineRunsCodeFetchedOverHttp() {
        String name = TestCluster.unique("joined");
        try (CoordinatorProbe coordinator = new CoordinatorProbe();
             Engine engine = Engine.join(http.uri(), FakeCoordinator.TOKEN, new EngineOptions(name, Map.of("gpu", "no")))) {
            assertThat(engine.name()).isEqualTo(name);
            CoordinatorProbe.await(() -> coordinator.engine(name) != null, "the heartbeat of " + name);
            assertThat(coordinator.engine(name).state()).isEqualTo(EngineState.ONLINE);
            assertThat(coordinator.engine(name).labels()).isEqualTo(Map.of("gpu", "no"));

            String id = TestCluster.unique("p");
            String code = coordinatorBlobs.put(Programs.ticker(2).getBytes(StandardCharsets.UTF_8));
            ControlReply deployed = coordinator.request(name, new ControlRequest.Deploy(TestCluster.unique("r"), id, "ticker", code));
            assertThat(deployed.succeeded()).as(String.valueOf(deployed.error())).isTrue();
            assertThat(coordinator.awaitLogs(id, 2)).extracting(LogLine::text).containsExactly("tick 1", "tick 2");
            coordinator.awaitStatus(id, ProgramState.EXITED);

            http.corruptBlobs = true;
            ControlReply corrupted = coordinator.request(name, new ControlRequest.Deploy(TestCluster.unique("r"), TestCluster.unique("p"), "ticker", code));
            assertThat(corrupted.error().type()).isEqualTo("bad-blob");
        }
    }

    @Test
    void refusalsAreOneLineErrors() {
        EngineOptions options = new EngineOptions(TestCluster.unique("joined"), Map.of());
        assertThatThrownBy(() -> Engine.join(http.uri(), "wrong", options))
            .isInstanceOf(EngineException.class).hasMessageContaining("refused the cluster token");

        http.online.add(options.name());
        assertThatThrownBy(() -> Engine.join(http.uri(), FakeCoordinator.TOKEN, options))
            .isInstanceOf(EngineException.class).hasMessage("an online engine is already named " + options.name());

        assertThatThrownBy(() -> Engine.join(URI.create("http://127.0.0.1:1"), FakeCoordinator.TOKEN, options))
            .isInstanceOf(EngineException.class).hasMessage("cannot reach the coordinator at http://127.0.0.1:1: connection refused");
        assertThatThrownBy(() -> Engine.join(URI.create("ftp://127.0.0.1"), FakeCoordinator.TOKEN, options))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s) URL");
        assertThatThrownBy(() -> new EngineOptions("bad/name", Map.of()))
            .hasMessageContaining("bad/name");
    }

    @Test
    void badJoinAnswersAreReported() {
        EngineOptions options = new EngineOptions(TestCluster.unique("joined"), Map.of());
        http.forcedJoinAnswer = new FakeCoordinator.Answer(200, "{\"engineId\": 42".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Engine.join(http.uri(), FakeCoordinator.TOKEN, options))
            .isInstanceOf(EngineException.class).hasMessageContaining("sent a bad join reply").hasMessageNotContaining("\n");

        http.forcedJoinAnswer = new FakeCoordinator.Answer(503, new JsonCodec().encode(ApiError.of("no-broker", "the broker is starting")));
        assertThatThrownBy(() -> Engine.join(http.uri(), FakeCoordinator.TOKEN, options))
            .isInstanceOf(EngineException.class).hasMessageEndingWith("answered HTTP 503: the broker is starting");
    }
}
