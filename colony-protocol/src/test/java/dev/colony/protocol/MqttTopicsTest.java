package dev.colony.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MqttTopicsTest {

    @ParameterizedTest
    @CsvSource({
        "a/b/c, a/b/c, true",
        "a/+/c, a/b/c, true",
        "a/+/c, a/b/d, false",
        "a/#, a, true",
        "a/#, a/b/c, true",
        "#, a/b, true",
        "+, a/b, false",
        "+/+, a/b, true",
        "a/b, a/b/c, false",
        "a/b/c, a/b, false",
        "#, $SYS/uptime, false",
        "+/uptime, $SYS/uptime, false",
    })
    void matchesAsBrokersDo(String filter, String topic, boolean expected) {
        assertThat(MqttTopics.matches(filter, topic)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sensors/+/temp", "sensors/#", "#", "+", "a/+/+/b"})
    void acceptsValidFilters(String filter) {
        assertThat(MqttTopics.requireFilter(filter)).isEqualTo(filter);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sensors/te+mp | a wildcard must fill a whole level, not 'te+mp'",
        "sensors/#/temp | # may only be the last level",
        "a/b# | a wildcard must fill a whole level",
        "a//b | has an empty level",
        "/a | has an empty level",
        "$SYS/# | starts with $",
    })
    void refusesInvalidFiltersSayingWhy(String filter, String reason) {
        assertThatThrownBy(() -> MqttTopics.requireFilter(filter))
            .isInstanceOf(InvalidTopicException.class)
            .hasMessageContaining(reason);
    }

    @Test
    void namesMayNotHoldWildcards() {
        assertThatThrownBy(() -> MqttTopics.requireName("sensors/+"))
            .isInstanceOf(InvalidTopicException.class)
            .hasMessageContaining("wildcards are for subscriptions only");
        assertThatThrownBy(() -> MqttTopics.requireName("sensors/#"))
            .isInstanceOf(InvalidTopicException.class);
    }

    @Test
    void refusesEmptyLongAndControlCharacterNames() {
        assertThatThrownBy(() -> MqttTopics.requireName("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> MqttTopics.requireName("a".repeat(MqttTopics.MAX_BYTES + 1)))
            .hasMessageContaining("257 bytes long; the limit is 256");
        assertThatThrownBy(() -> MqttTopics.requireName("a\u0000b")).hasMessageContaining("U+0000");
        assertThat(((InvalidTopicException) catchFor("a\nb")).type()).isEqualTo("invalid-topic");
    }

    private static Throwable catchFor(String name) {
        try {
            MqttTopics.requireName(name);
            throw new AssertionError("accepted " + name);
        } catch (InvalidTopicException e) {
            return e;
        }
    }
}
