package dev.colony.engine;

import dev.colony.pubsub.ClientOptions;
import dev.colony.pubsub.Credentials;
import dev.colony.pubsub.PubSubClient;
import java.time.Duration;

/** Opens and clears programs' MQTT sessions with the program account. */
final class ProgramSessions {

    /** Long enough to outlast any migration or an engine's restart. */
    static final Duration SESSION_EXPIRY = Duration.ofHours(24);

    private final String host;
    private final int port;
    private final Credentials account;

    ProgramSessions(String host, int port, Credentials account) {
        this.host = host;
        this.port = port;
        this.account = account;
    }

    /** Connects the program's persistent session; messages queued for it while it was away follow. */
    ProgramSession open(String programId) {
        return new ProgramSession(programId, PubSubClient.connect(options(programId).withPersistentSession(SESSION_EXPIRY)));
    }

    /** Ends the session on the broker (clean start, expiry 0), so nothing more is queued for a program that is gone. */
    void clear(String programId) {
        PubSubClient.connect(options(programId)).close();
    }

    private ClientOptions options(String programId) {
        return ClientOptions.of(host, port, account, "program-" + programId);
    }
}
