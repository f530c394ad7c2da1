package dev.colony.coordinator;

import dev.colony.protocol.JoinReply;
import dev.colony.protocol.JoinRequest;

/** What an engine needs to join: the same answer for engines joining over HTTP and in-process ones. */
final class Joiner {

    private final JoinReply.MqttAccess mqtt;
    private final String snapshotKeyHex;
    private final long heartbeatMillis;
    private final EngineRegistry engines;

    Joiner(JoinReply.MqttAccess mqtt, String snapshotKeyHex, long heartbeatMillis, EngineRegistry engines) {
        this.mqtt = mqtt;
        this.snapshotKeyHex = snapshotKeyHex;
        this.heartbeatMillis = heartbeatMillis;
        this.engines = engines;
    }

    /** An engine joining over HTTP; an online engine keeps its name. */
    JoinReply join(JoinRequest request) {
        if (engines.isOnline(request.name())) {
            throw CoordinatorException.conflict("engine-name-taken", "an online engine is already named '"
                + request.name() + "'");
        }
        return replyFor(request.name());
    }

    JoinReply replyFor(String engineName) {
        return new JoinReply(engineName, mqtt, snapshotKeyHex, heartbeatMillis);
    }
}
