package dev.colony.engine;

import dev.colony.protocol.InvalidTopicException;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.Topics;
import dev.colony.pubsub.Message;
import dev.colony.pubsub.MessageRefusedException;
import dev.colony.pubsub.PubSubClient;
import dev.colony.pubsub.PubSubException;
import dev.colony.runtime.Program;
import dev.colony.runtime.PubSubPort;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One program's own MQTT connection (client id {@code program-{id}}, persistent session, the
 * program account), as the {@link PubSubPort} behind its {@code pubsub} global. The program names
 * topics below {@code user/}; a message reaches it only through {@link Program#deliver}, and one
 * it refuses (captured to move) stays unacknowledged for the session's next connection.
 */
final class ProgramSession implements PubSubPort, AutoCloseable {

    static final int MAX_PAYLOAD_BYTES = JsonCodec.DEFAULT_MAX_BYTES;
    private static final Duration SUBACK_TIMEOUT = Duration.ofSeconds(10);

    private final String programId;
    private final PubSubClient client;
    private final PendingPublishes pending = new PendingPublishes();
    private volatile Program program;

    ProgramSession(String programId, PubSubClient client) {
        this.programId = programId;
        this.client = client;
    }

    /** The program messages go to; set before it starts, as a restored program subscribes first thing. */
    void bind(Program target) {
        program = target;
    }

    @Override
    public void publish(String topic, String json) {
        byte[] payload = json.getBytes(StandardCharsets.UTF_8);
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("pubsub.publish: the message is " + payload.length
                + " bytes of JSON; the limit is " + MAX_PAYLOAD_BYTES);
        }
        pending.track(client.publish(userTopic(topic), payload));
    }

    @Override
    public void subscribed(String filter) {
        String mqttFilter = userFilter(filter);
        await(client.subscribe(mqttFilter, message -> deliver(filter, message)), "the subscription to '" + filter + "'");
    }

    @Override
    public void unsubscribed(String filter) {
        await(client.unsubscribe(userFilter(filter)), "the unsubscription from '" + filter + "'");
    }

    /** Whether everything the program published reached the broker in time. */
    boolean flush(Duration timeout) {
        return pending.awaitAll(timeout);
    }

    /** Disconnects; the broker keeps the session and queues the program's messages until it connects again. */
    @Override
    public void close() {
        client.close();
    }

    private void deliver(String filter, Message message) {
        Program target = program;
        String payload = new String(message.payload(), StandardCharsets.UTF_8);
        if (target == null || !target.deliver(filter, Topics.fromUser(message.topic()), payload)) {
            throw new MessageRefusedException("program " + programId + " takes no messages now");
        }
    }

    /** A bad name is the program's mistake: a TypeError, not an engine error. */
    private static String userTopic(String topic) {
        try {
            return Topics.user(topic);
        } catch (InvalidTopicException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String userFilter(String filter) {
        try {
            return Topics.userFilter(filter);
        } catch (InvalidTopicException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void await(CompletableFuture<Void> reply, String what) {
        try {
            reply.get(SUBACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof PubSubException known ? known : new PubSubException(what + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new PubSubException("the broker did not confirm " + what + " within " + SUBACK_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PubSubException("interrupted while waiting for " + what, e);
        }
    }
}
