package dev.colony.coordinator;

import dev.colony.protocol.JoinReply;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Coordinator} runs. Start from {@link #defaults(Path)} and change what differs.
 *
 * @param dataDir                 tokens, snapshot key, blobs, logs and the embedded broker's sessions
 * @param httpPort                the REST API's port on 127.0.0.1; 0 picks a free one
 * @param mqttPort                the embedded broker's port on 127.0.0.1; 0 picks a free one
 * @param engines                 in-process engines to start ({@code local-1}, {@code local-2}, …)
 * @param externalMqtt            {@code tcp://HOST:PORT} of an external broker (then none is embedded), or null
 * @param externalMqttCredentials the external broker's accounts; required with {@code externalMqtt}
 * @param heartbeatMillis         how often engines report; five missed reports make an engine offline
 * @param controlTimeout          how long the coordinator waits for an engine's reply to each control request
 * @param db                      the database ({@code postgresql://…}, see colony-store's {@code Database.open}), or
 *                                null for the embedded H2 in {@code dataDir/db}
 */
public record CoordinatorOptions(Path dataDir, int httpPort, int mqttPort, int engines, URI externalMqtt,
                                 MqttCredentials externalMqttCredentials, long heartbeatMillis, Duration controlTimeout,
                                 String db) {

    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final int DEFAULT_MQTT_PORT = 1883;
    public static final int DEFAULT_ENGINES = 2;
    public static final long DEFAULT_HEARTBEAT_MILLIS = 1_000;
    public static final Duration DEFAULT_CONTROL_TIMEOUT = Duration.ofSeconds(10);

    /** The accounts of an external broker: the cluster's (system and user topics) and the programs' (user topics). */
    public record MqttCredentials(JoinReply.Account cluster, JoinReply.Account program) {
        public MqttCredentials {
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(program, "program");
        }
    }

    public CoordinatorOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        requirePort(httpPort, "httpPort");
        requirePort(mqttPort, "mqttPort");
        if (engines < 0) {
            throw new IllegalArgumentException("engines must be 0 or more: " + engines);
        }
        if (externalMqtt != null) {
            if (!"tcp".equals(externalMqtt.getScheme()) || externalMqtt.getHost() == null || externalMqtt.getPort() < 1) {
                throw new IllegalArgumentException("externalMqtt must be tcp://HOST:PORT: " + externalMqtt);
            }
            if (externalMqttCredentials == null) {
                throw new IllegalArgumentException("an external broker needs its cluster and program accounts");
            }
        }
        if (heartbeatMillis < 1) {
            throw new IllegalArgumentException("heartbeatMillis must be 1 or more: " + heartbeatMillis);
        }
        Objects.requireNonNull(controlTimeout, "controlTimeout");
        if (controlTimeout.isNegative() || controlTimeout.isZero()) {
            throw new IllegalArgumentException("controlTimeout must be positive: " + controlTimeout);
        }
    }

    public static CoordinatorOptions defaults(Path dataDir) {
        return new CoordinatorOptions(dataDir, DEFAULT_HTTP_PORT, DEFAULT_MQTT_PORT, DEFAULT_ENGINES, null, null,
            DEFAULT_HEARTBEAT_MILLIS, DEFAULT_CONTROL_TIMEOUT, null);
    }

    public CoordinatorOptions withHttpPort(int port) {
        return new CoordinatorOptions(dataDir, port, mqttPort, engines, externalMqtt, externalMqttCredentials, heartbeatMillis, controlTimeout, db);
    }

    public CoordinatorOptions withMqttPort(int port) {
        return new CoordinatorOptions(dataDir, httpPort, port, engines, externalMqtt, externalMqttCredentials, heartbeatMillis, controlTimeout, db);
    }

    public CoordinatorOptions withEngines(int count) {
        return new CoordinatorOptions(dataDir, httpPort, mqttPort, count, externalMqtt, externalMqttCredentials, heartbeatMillis, controlTimeout, db);
    }

    /** Uses the broker at {@code tcp://HOST:PORT} with these accounts instead of an embedded one. */
    public CoordinatorOptions withExternalMqtt(URI broker, JoinReply.Account cluster, JoinReply.Account program) {
        return new CoordinatorOptions(dataDir, httpPort, mqttPort, engines, broker, new MqttCredentials(cluster, program),
            heartbeatMillis, controlTimeout, db);
    }

    public CoordinatorOptions withHeartbeatMillis(long millis) {
        return new CoordinatorOptions(dataDir, httpPort, mqttPort, engines, externalMqtt, externalMqttCredentials, millis, controlTimeout, db);
    }

    public CoordinatorOptions withControlTimeout(Duration timeout) {
        return new CoordinatorOptions(dataDir, httpPort, mqttPort, engines, externalMqtt, externalMqttCredentials, heartbeatMillis, timeout, db);
    }

    /** Keeps metadata in this database ({@code postgresql://…}) instead of the embedded one; null for the embedded one. */
    public CoordinatorOptions withDb(String url) {
        return new CoordinatorOptions(dataDir, httpPort, mqttPort, engines, externalMqtt, externalMqttCredentials, heartbeatMillis,
            controlTimeout, url);
    }

    private static void requirePort(int port, String name) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0-65535: " + port);
        }
    }
}
