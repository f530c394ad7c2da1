package dev.colony.client;

import java.net.URI;

/** No answer from the coordinator: refused connection, unknown host, timeout. */
public final class ColonyUnreachableException extends ColonyClientException {
    private final URI coordinator;

    public ColonyUnreachableException(URI coordinator, String reason, Throwable cause) {
        super("cannot reach the coordinator at " + coordinator + ": " + reason, cause);
        this.coordinator = coordinator;
    }

    public URI coordinator() {
        return coordinator;
    }
}
