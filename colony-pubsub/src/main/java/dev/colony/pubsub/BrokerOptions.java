package dev.colony.pubsub;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the embedded broker runs. It always binds 127.0.0.1: engines on other machines use an
 * external broker (see the README).
 *
 * @param dataDir           where the broker keeps its configuration and persistent sessions
 * @param port              the MQTT port; 0 picks a free one (tests)
 * @param cluster           the credential of the coordinator and the engines
 * @param maxQueuedMessages QoS 1 messages kept per offline or slow client; past it the broker
 *                          drops new ones, so senders must not outrun their receivers
 * @param maxPacketBytes    the largest MQTT packet accepted; bigger data goes to the blob store
 */
public record BrokerOptions(Path dataDir, int port, Credentials cluster, int maxQueuedMessages, int maxPacketBytes) {

    public static final int DEFAULT_PORT = 1883;
    /** Ten times HiveMQ's and Mosquitto's default, enough for a program to migrate under load. */
    public static final int DEFAULT_MAX_QUEUED_MESSAGES = 10_000;
    public static final int DEFAULT_MAX_PACKET_BYTES = 256 * 1024;

    public BrokerOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(cluster, "cluster");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (maxQueuedMessages <= 0 || maxPacketBytes <= 0) {
            throw new IllegalArgumentException("maxQueuedMessages and maxPacketBytes must be positive");
        }
    }

    public static BrokerOptions defaults(Path dataDir, Credentials cluster) {
        return new BrokerOptions(dataDir, DEFAULT_PORT, cluster, DEFAULT_MAX_QUEUED_MESSAGES, DEFAULT_MAX_PACKET_BYTES);
    }

    public BrokerOptions withPort(int newPort) {
        return new BrokerOptions(dataDir, newPort, cluster, maxQueuedMessages, maxPacketBytes);
    }

    public BrokerOptions withMaxQueuedMessages(int limit) {
        return new BrokerOptions(dataDir, port, cluster, limit, maxPacketBytes);
    }
}
