package dev.colony.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.protocol.ControlReply;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.EngineStatus;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.ProgramStatus;
import dev.colony.protocol.Topics;
import dev.colony.pubsub.Broker;
import dev.colony.pubsub.ClientOptions;
import dev.colony.pubsub.PubSubClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** The coordinator's side of the MQTT contract, as the tests play it: sends control requests, records statuses and log lines. */
final class CoordinatorProbe implements AutoCloseable {

    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(60);

    private final JsonCodec codec = new JsonCodec();
    private final PubSubClient client;
    private final Map<String, EngineStatus> engines = new ConcurrentHashMap<>();
    private final Map<String, List<ProgramStatus>> statuses = new ConcurrentHashMap<>();
    private final Map<String, List<LogLine>> logs = new ConcurrentHashMap<>();

    CoordinatorProbe() {
        Broker broker = TestCluster.broker();
        client = PubSubClient.connect(ClientOptions.of(broker.host(), broker.port(), TestCluster.CLUSTER, TestCluster.unique("coordinator")));
        client.subscribe(Topics.ENGINE_STATUS_ALL, message -> {
            EngineStatus status = codec.decode(message.payload(), EngineStatus.class);
            engines.put(status.engineId(), status);
        }).join();
        client.subscribe(Topics.PROGRAM_STATUS_ALL, message -> {
            ProgramStatus status = codec.decode(message.payload(), ProgramStatus.class);
            statuses.computeIfAbsent(status.programId(), id -> new CopyOnWriteArrayList<>()).add(status);
        }).join();
        client.subscribe(Topics.PROGRAM_LOGS_ALL, message -> {
            LogLine line = codec.decode(message.payload(), LogLine.class);
            logs.computeIfAbsent(line.programId(), id -> new CopyOnWriteArrayList<>()).add(line);
        }).join();
    }

    ControlReply request(String engine, ControlRequest request) {
        return codec.decode(requestRaw(engine, codec.encode(request)), ControlReply.class);
    }

    byte[] requestRaw(String engine, byte[] payload) {
        return client.request(Topics.engineControl(engine), payload, REPLY_TIMEOUT).join().payload();
    }

    PubSubClient client() {
        return client;
    }

    EngineStatus engine(String name) {
        return engines.get(name);
    }

    List<ProgramStatus> statuses(String programId) {
        return List.copyOf(statuses.getOrDefault(programId, List.of()));
    }

    ProgramStatus awaitStatus(String programId, ProgramState state) {
        await(() -> statuses(programId).stream().anyMatch(status -> status.state() == state),
            "program " + programId + " " + state + "; saw " + statuses(programId));
        return statuses(programId).stream().filter(status -> status.state() == state).reduce((a, b) -> b).orElseThrow();
    }

    List<LogLine> logs(String programId) {
        return new ArrayList<>(logs.getOrDefault(programId, List.of()));
    }

    List<LogLine> awaitLogs(String programId, int count) {
        await(() -> logs(programId).size() >= count, count + " log lines of " + programId + "; saw " + logs(programId).size());
        return logs(programId);
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
