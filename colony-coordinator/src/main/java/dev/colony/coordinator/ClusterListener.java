package dev.colony.coordinator;

import dev.colony.protocol.EngineStatus;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProgramStatus;
import dev.colony.protocol.ProtocolException;
import dev.colony.protocol.Topics;
import dev.colony.pubsub.Message;
import dev.colony.pubsub.MessageHandler;
import dev.colony.pubsub.PubSubClient;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Feeds the registries and the log store from MQTT: engine statuses, program statuses and log lines.
 * A message that does not decode, or whose payload names another engine or program than its topic,
 * is skipped with a warning: one bad publisher must not stop the others' reports.
 */
final class ClusterListener {

    private static final System.Logger LOG = System.getLogger(ClusterListener.class.getName());

    private final JsonCodec codec;
    private final EngineRegistry engines;
    private final ProgramRegistry programs;
    private final LogStore logs;

    ClusterListener(JsonCodec codec, EngineRegistry engines, ProgramRegistry programs, LogStore logs) {
        this.codec = codec;
        this.engines = engines;
        this.programs = programs;
        this.logs = logs;
    }

    void subscribe(PubSubClient client) {
        client.subscribe(Topics.ENGINE_STATUS_ALL, handler(EngineStatus.class, EngineStatus::engineId,
            status -> engines.report(status, System.currentTimeMillis()))).join();
        client.subscribe(Topics.PROGRAM_STATUS_ALL, handler(ProgramStatus.class, ProgramStatus::programId,
            status -> programs.report(status, System.currentTimeMillis()))).join();
        client.subscribe(Topics.PROGRAM_LOGS_ALL, handler(LogLine.class, LogLine::programId, logs::add)).join();
    }

    /** Decodes, checks the id against the topic's ({@code colony/KIND/ID/…}), then hands over. */
    private <T> MessageHandler handler(Class<T> type, Function<T, String> id, Consumer<T> sink) {
        return (Message message) -> {
            if (message.payload().length == 0) {
                return; // a cleared retained message
            }
            try {
                T decoded = codec.decode(message.payload(), type);
                String topicId = message.topic().split("/")[2];
                if (!topicId.equals(id.apply(decoded))) {
                    LOG.log(System.Logger.Level.WARNING, "skipping a " + type.getSimpleName() + " for '" + id.apply(decoded)
                        + "' published on " + message.topic());
                    return;
                }
                sink.accept(decoded);
            } catch (ProtocolException e) {
                LOG.log(System.Logger.Level.WARNING, "skipping a message on " + message.topic() + ": " + e.getMessage());
            }
        };
    }
}
