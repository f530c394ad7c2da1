package dev.colony.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void systemTopicsLiveUnderColony() {
        assertThat(Topics.engineStatus("e1")).isEqualTo("colony/engines/e1/status");
        assertThat(Topics.engineControl("e1")).isEqualTo("colony/engines/e1/control");
        assertThat(Topics.programStatus("p-7")).isEqualTo("colony/programs/p-7/status");
        assertThat(Topics.replies("coordinator")).isEqualTo("colony/replies/coordinator");
        assertThat(MqttTopics.matches(Topics.ENGINE_STATUS_ALL, Topics.engineStatus("e1"))).isTrue();
        assertThat(MqttTopics.matches(Topics.SYSTEM_ALL, Topics.programStatus("p"))).isTrue();
    }

    @Test
    void userTopicsAreMappedIntoTheirNamespaceAndBack() {
        assertThat(Topics.user("sensors/temp")).isEqualTo("user/sensors/temp");
        assertThat(Topics.userFilter("sensors/+")).isEqualTo("user/sensors/+");
        assertThat(Topics.fromUser("user/sensors/temp")).isEqualTo("sensors/temp");
        assertThat(MqttTopics.matches(Topics.USER_ALL, Topics.user("colony/engines/e1/control"))).isTrue();
        assertThat(MqttTopics.matches(Topics.SYSTEM_ALL, Topics.user("colony/engines/e1/control"))).isFalse();
    }

    @Test
    void idsCannotInjectLevelsOrWildcards() {
        assertThatThrownBy(() -> Topics.engineStatus("e1/../x")).isInstanceOf(InvalidTopicException.class)
            .hasMessageContaining("id 'e1/../x'");
        assertThatThrownBy(() -> Topics.programStatus("+")).isInstanceOf(InvalidTopicException.class);
        assertThatThrownBy(() -> Topics.programStatus("")).isInstanceOf(InvalidTopicException.class);
        assertThatThrownBy(() -> Topics.fromUser("colony/x")).hasMessageContaining("is not a user topic");
    }
}
