package dev.colony.pubsub;

import dev.colony.protocol.Topics;
import java.util.List;

/**
 * What a credential may reach. Every broker Colony runs on enforces the same grants: the embedded
 * broker through its extension, an external one through its ACL file (see the Mosquitto test setup).
 */
public enum Role {
    /** The coordinator and the engines: system and user topics. */
    CLUSTER(List.of(Topics.SYSTEM_ALL, Topics.USER_ALL)),
    /** A user program (or an outside client given a program's credential): user topics only. */
    PROGRAM(List.of(Topics.USER_ALL));

    private final List<String> topicFilters;

    Role(List<String> topicFilters) {
        this.topicFilters = topicFilters;
    }

    /** The filters this role may publish and subscribe to; everything else is denied. */
    public List<String> topicFilters() {
        return topicFilters;
    }
}
