package dev.colony.protocol;

import java.nio.charset.StandardCharsets;

/**
 * MQTT's rules for topic names and filters (MQTT 5 §4.7), stricter where user input is concerned:
 * levels may not be empty and control characters are refused, so that every accepted name means
 * the same thing to every broker Colony runs on (HiveMQ, Mosquitto, EMQX).
 */
public final class MqttTopics {

    /** Longest name or filter accepted from users, in UTF-8 bytes (MQTT allows 65 535). */
    public static final int MAX_BYTES = 256;

    private MqttTopics() {
    }

    /** Checks a name to publish to: no wildcards. */
    public static String requireName(String name) {
        checkCommon(name, "topic");
        if (name.indexOf('+') >= 0 || name.indexOf('#') >= 0) {
            throw new InvalidTopicException("topic '" + name + "' contains a wildcard (+ or #): wildcards are for subscriptions only");
        }
        return name;
    }

    /** Checks a filter to subscribe with: {@code +} fills a whole level, {@code #} only the last. */
    public static String requireFilter(String filter) {
        checkCommon(filter, "topic filter");
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            boolean wildcard = level.equals("+") || level.equals("#");
            if (!wildcard && (level.indexOf('+') >= 0 || level.indexOf('#') >= 0)) {
                throw new InvalidTopicException("topic filter '" + filter + "': a wildcard must fill a whole level, not '" + level + "'");
            }
            if (level.equals("#") && i != levels.length - 1) {
                throw new InvalidTopicException("topic filter '" + filter + "': # may only be the last level");
            }
        }
        return filter;
    }

    /** Whether a topic name matches a (valid) filter, as a broker decides. */
    public static boolean matches(String filter, String topic) {
        if (topic.startsWith("$") && !filter.startsWith("$")) {
            return false; // MQTT 5 §4.7.2: wildcards at the first level never match $-topics
        }
        String[] f = filter.split("/", -1);
        String[] t = topic.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) {
                return true; // also matches the parent level: "a/#" matches "a"
            }
            if (i >= t.length || !(f[i].equals("+") || f[i].equals(t[i]))) {
                return false;
            }
        }
        return f.length == t.length;
    }

    private static void checkCommon(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new InvalidTopicException(what + " is empty");
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new InvalidTopicException(what + " is " + bytes + " bytes long; the limit is " + MAX_BYTES);
        }
        if (value.startsWith("$")) {
            throw new InvalidTopicException(what + " '" + value + "' starts with $, which brokers reserve");
        }
        for (String level : value.split("/", -1)) {
            if (level.isEmpty()) {
                throw new InvalidTopicException(what + " '" + value + "' has an empty level (leading, trailing or double /)");
            }
        }
        value.codePoints().filter(Character::isISOControl).findFirst().ifPresent(c -> {
            throw new InvalidTopicException(what + " '" + value.replaceAll("\\p{Cntrl}", "?") + "' contains control character U+" + String.format("%04X", c));
        });
    }
}
