package dev.colony.coordinator;

import dev.colony.protocol.ControlReply;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.ProtocolException;
import dev.colony.protocol.Topics;
import dev.colony.pubsub.Message;
import dev.colony.pubsub.PubSubClient;
import dev.colony.pubsub.RequestTimeoutException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Sends control requests to engines (MQTT 5 request/reply) and waits for each reply up to the
 * control timeout, or until the engine is declared offline (a dead engine fails its requests at once,
 * so a migration to it rolls back without waiting out the timeout). A refusal becomes a 409 with the
 * engine's error type; silence or a garbled reply a 503.
 */
final class ControlChannel {

    private static final System.Logger LOG = System.getLogger(ControlChannel.class.getName());
    private static final long OFFLINE_CHECK_MILLIS = 50;

    private final PubSubClient client;
    private final JsonCodec codec;
    private final Duration timeout;
    private final Predicate<String> online;

    ControlChannel(PubSubClient client, JsonCodec codec, Duration timeout, Predicate<String> online) {
        this.client = client;
        this.codec = codec;
        this.timeout = timeout;
        this.online = online;
    }

    static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    /** The engine's successful reply. */
    ControlReply send(String engineId, ControlRequest request) {
        String op = request.getClass().getSimpleName().toLowerCase();
        byte[] payload;
        try {
            payload = awaitReply(engineId, op, client.request(Topics.engineControl(engineId), codec.encode(request), timeout));
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

    /**
     * Sends a request whose outcome changes nothing for the caller (a release), without waiting:
     * requests to one engine still arrive in the order they were sent. A refusal or silence is logged.
     */
    void sendWithoutWaiting(String engineId, ControlRequest request) {
        String op = request.getClass().getSimpleName().toLowerCase();
        client.request(Topics.engineControl(engineId), codec.encode(request), timeout)
            .thenApply(reply -> codec.decode(reply.payload(), ControlReply.class))
            .whenComplete((reply, error) -> {
                if (error != null || !reply.succeeded()) {
                    LOG.log(System.Logger.Level.WARNING, "engine " + engineId + " did not carry out " + op + " of "
                        + request.programId() + ": " + (error != null ? error.getMessage() : reply.error().message()));
                }
            });
    }

    private byte[] awaitReply(String engineId, String op, CompletableFuture<Message> reply)
        throws ExecutionException, InterruptedException {
        while (true) {
            try {
                return reply.get(OFFLINE_CHECK_MILLIS, TimeUnit.MILLISECONDS).payload();
            } catch (TimeoutException notYet) {
                if (!online.test(engineId)) {
                    reply.cancel(false);
                    throw CoordinatorException.unavailable("engine-offline", "engine " + engineId + " went offline before it answered " + op);
                }
            }
        }
    }
}
