package dev.colony.coordinator;

import dev.colony.protocol.ControlReply;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.ProtocolException;
import dev.colony.protocol.Topics;
import dev.colony.pubsub.PubSubClient;
import dev.colony.pubsub.RequestTimeoutException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Sends control requests to engines (MQTT 5 request/reply) and waits for each reply up to the
 * control timeout. A refusal becomes a 409 with the engine's error type; silence or a garbled
 * reply a 503.
 */
final class ControlChannel {

    private final PubSubClient client;
    private final JsonCodec codec;
    private final Duration timeout;

    ControlChannel(PubSubClient client, JsonCodec codec, Duration timeout) {
        this.client = client;
        this.codec = codec;
        this.timeout = timeout;
    }

    static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    /** The engine's successful reply. */
    ControlReply send(String engineId, ControlRequest request) {
        String op = request.getClass().getSimpleName().toLowerCase();
        byte[] payload;
        try {
            payload = client.request(Topics.engineControl(engineId), codec.encode(request), timeout).get().payload();
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RequestTimeoutException) {
                throw CoordinatorException.unavailable("engine-timeout",
                    "engine " + engineId + " did not answer " + op + " within " + timeout.toMillis() + " ms");
            }
            throw CoordinatorException.unavailable("engine-unreachable",
                "cannot reach engine " + engineId + " for " + op + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CoordinatorException.unavailable("interrupted", "interrupted while waiting for engine " + engineId);
        }
        ControlReply reply;
        try {
            reply = codec.decode(payload, ControlReply.class);
        } catch (ProtocolException e) {
            throw CoordinatorException.unavailable("engine-bad-reply", "engine " + engineId + " answered " + op
                + " with a bad reply: " + e.getMessage());
        }
        if (!reply.succeeded()) {
            throw CoordinatorException.conflict(reply.error().type(), "engine " + engineId + " refused " + op + ": "
                + reply.error().message());
        }
        if (!reply.program().programId().equals(request.programId())) {
            throw CoordinatorException.unavailable("engine-bad-reply", "engine " + engineId + " answered " + op
                + " for program " + reply.program().programId() + " instead of " + request.programId());
        }
        return reply;
    }
}
