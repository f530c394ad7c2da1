package dev.colony.pubsub;

import dev.colony.protocol.MqttTopics;
import dev.colony.protocol.Topics;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link PubSubClient} connects.
 *
 * @param clientId          the MQTT client id; with a persistent session it is the session's key
 *                          (a program's id, so its subscriptions follow it from engine to engine)
 * @param sessionExpiry     how long the broker keeps the session and queues QoS 1 messages for it
 *                          while the client is away; zero for a session that ends with the connection
 * @param will              published by the broker if the connection dies without a DISCONNECT, or null
 * @param replyTopic        where replies to this client's requests arrive
 * @param receiveMaximum    unacknowledged QoS 1 messages the broker may send this client at once
 */
public record ClientOptions(String host, int port, Credentials credentials, String clientId, Duration sessionExpiry,
                            Will will, String replyTopic, Duration connectTimeout, int receiveMaximum) {

    /** A last will: the message the broker publishes for a client that vanished. */
    public record Will(String topic, byte[] payload, boolean retained) {
        public Will {
            MqttTopics.requireName(topic);
            Objects.requireNonNull(payload, "payload");
        }
    }

    public ClientOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(credentials, "credentials");
        Topics.requireId(clientId);
        Objects.requireNonNull(sessionExpiry, "sessionExpiry");
        MqttTopics.requireName(replyTopic);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (receiveMaximum < 1 || receiveMaximum > 65_535) {
            throw new IllegalArgumentException("receiveMaximum must be 1-65535: " + receiveMaximum);
        }
    }

    /**
     * A session that ends with the connection, no will, replies on {@link Topics#replies(String)}
     * (which a program credential cannot reach: give programs a user reply topic).
     */
    public static ClientOptions of(String host, int port, Credentials credentials, String clientId) {
        return new ClientOptions(host, port, credentials, clientId, Duration.ZERO, null, Topics.replies(clientId),
            Duration.ofSeconds(10), 1_000);
    }

    /** Keeps the session, its subscriptions and its queued messages for {@code expiry} while away. */
    public ClientOptions withPersistentSession(Duration expiry) {
        return new ClientOptions(host, port, credentials, clientId, expiry, will, replyTopic, connectTimeout, receiveMaximum);
    }

    public ClientOptions withWill(Will newWill) {
        return new ClientOptions(host, port, credentials, clientId, sessionExpiry, newWill, replyTopic, connectTimeout, receiveMaximum);
    }

    public ClientOptions withReplyTopic(String topic) {
        return new ClientOptions(host, port, credentials, clientId, sessionExpiry, will, topic, connectTimeout, receiveMaximum);
    }
}
