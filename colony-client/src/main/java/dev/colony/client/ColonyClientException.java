package dev.colony.client;

/** Any failure of a {@link ColonyClient} call; catch the subclasses to tell refusals from outages. */
public class ColonyClientException extends RuntimeException {
    public ColonyClientException(String message) {
        super(message);
    }

    public ColonyClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
