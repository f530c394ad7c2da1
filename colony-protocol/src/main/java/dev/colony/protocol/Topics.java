package dev.colony.protocol;

import java.util.regex.Pattern;

/**
 * Colony's topic layout. System traffic lives under {@code colony/…}, reachable only with the
 * cluster credential; programs and outside MQTT clients talk under {@code user/…}. A program names
 * its topics relative to the user root ({@code sensors/temp}); {@link #user(String)} maps that to
 * the MQTT topic ({@code user/sensors/temp}) so a program can never reach a system topic.
 */
public final class Topics {

    public static final String SYSTEM_ROOT = "colony";
    public static final String USER_ROOT = "user";
    /** Every system topic: the cluster credential's grant. */
    public static final String SYSTEM_ALL = SYSTEM_ROOT + "/#";
    /** Every user topic: a program credential's only grant. */
    public static final String USER_ALL = USER_ROOT + "/#";
    /** Retained status and heartbeat of every engine (also the engines' last will). */
    public static final String ENGINE_STATUS_ALL = SYSTEM_ROOT + "/engines/+/status";
    /** Console lines of every program. */
    public static final String PROGRAM_LOGS_ALL = SYSTEM_ROOT + "/programs/+/logs";

    /** Retained status of every program. */
    public static final String PROGRAM_STATUS_ALL = SYSTEM_ROOT + "/programs/+/status";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private Topics() {
    }

    public static String engineStatus(String engineId) {
        return SYSTEM_ROOT + "/engines/" + requireId(engineId) + "/status";
    }

    /** Where an engine receives its {@link ControlRequest}s. */
    public static String engineControl(String engineId) {
        return SYSTEM_ROOT + "/engines/" + requireId(engineId) + "/control";
    }

    public static String programStatus(String programId) {
        return SYSTEM_ROOT + "/programs/" + requireId(programId) + "/status";
    }

    /** A program's console lines ({@link LogLine}), engine to coordinator. */
    public static String programLogs(String programId) {
        return SYSTEM_ROOT + "/programs/" + requireId(programId) + "/logs";
    }

    /** The response topic of a client's requests (MQTT 5 request/reply). */
    public static String replies(String clientId) {
        return SYSTEM_ROOT + "/replies/" + requireId(clientId);
    }

    /** The MQTT topic for a program's topic name, e.g. {@code sensors/temp} → {@code user/sensors/temp}. */
    public static String user(String name) {
        return USER_ROOT + "/" + MqttTopics.requireName(name);
    }

    /** The MQTT filter for a program's filter, e.g. {@code sensors/+} → {@code user/sensors/+}. */
    public static String userFilter(String filter) {
        return USER_ROOT + "/" + MqttTopics.requireFilter(filter);
    }

    /** The program's view of a user topic: {@code user/sensors/temp} → {@code sensors/temp}. */
    public static String fromUser(String mqttTopic) {
        String prefix = USER_ROOT + "/";
        if (!mqttTopic.startsWith(prefix)) {
            throw new InvalidTopicException("'" + mqttTopic + "' is not a user topic (they start with " + prefix + ")");
        }
        return mqttTopic.substring(prefix.length());
    }

    /** Ids of engines, programs and clients become one topic level: no slashes, no wildcards. */
    public static String requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidTopicException("id '" + id + "' must be 1-128 characters of A-Z a-z 0-9 . _ - and start with a letter or digit");
        }
        return id;
    }
}
