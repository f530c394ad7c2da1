package dev.colony.engine;

import dev.colony.protocol.JoinReply;
import dev.colony.protocol.JoinRequest;
import dev.colony.protocol.ProtocolException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** {@code POST /api/cluster/join}: an engine asks its coordinator for the broker, accounts and snapshot key. */
final class ClusterJoin {

    private ClusterJoin() {
    }

    static JoinReply join(CoordinatorEndpoint coordinator, EngineOptions options) {
        byte[] body = coordinator.codec().encode(new JoinRequest(options.name(), options.labels()));
        HttpResponse<byte[]> response = coordinator.send(coordinator.request("/api/cluster/join")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
        return switch (response.statusCode()) {
            case 200, 201 -> decode(coordinator, response.body());
            case 401, 403 -> throw new EngineException("the coordinator at " + coordinator.base() + " refused the cluster token");
            case 409 -> throw new EngineException("an online engine is already named " + options.name());
            default -> throw new EngineException("cannot join: " + coordinator.describeFailure(response));
        };
    }

    private static JoinReply decode(CoordinatorEndpoint coordinator, byte[] body) {
        try {
            return coordinator.codec().decode(body, JoinReply.class);
        } catch (ProtocolException e) {
            throw new EngineException("the coordinator at " + coordinator.base() + " sent a bad join reply: " + e.getMessage(), e);
        }
    }
}
