package dev.colony.engine;

import dev.colony.protocol.EngineStatus;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProgramStatus;
import dev.colony.protocol.Topics;
import dev.colony.pubsub.PubSubClient;
import java.util.concurrent.CompletableFuture;

/** What an engine tells the coordinator on system topics, over its one cluster connection. */
final class ClusterPublisher {

    private static final System.Logger LOG = System.getLogger(ClusterPublisher.class.getName());

    private final PubSubClient client;
    private final JsonCodec codec = new JsonCodec();

    ClusterPublisher(PubSubClient client) {
        this.client = client;
    }

    CompletableFuture<Void> engineStatus(EngineStatus status) {
        return publish(Topics.engineStatus(status.engineId()), codec.encode(status), true);
    }

    CompletableFuture<Void> programStatus(ProgramStatus status) {
        return publish(Topics.programStatus(status.programId()), codec.encode(status), true);
    }

    CompletableFuture<Void> logLine(LogLine line) {
        return publish(Topics.programLogs(line.programId()), codec.encode(line), false);
    }

    private CompletableFuture<Void> publish(String topic, byte[] payload, boolean retained) {
        return client.publish(topic, payload, retained).whenComplete((acknowledged, error) -> {
            if (error != null) {
                LOG.log(System.Logger.Level.WARNING, "publish to " + topic + " failed: " + error.getMessage());
            }
        });
    }
}
