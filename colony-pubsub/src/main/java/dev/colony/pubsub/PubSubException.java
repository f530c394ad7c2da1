package dev.colony.pubsub;

/** Root of the pub/sub module's errors: the broker cannot be reached, started or used. */
public class PubSubException extends RuntimeException {

    public PubSubException(String message, Throwable cause) {
        super(message, cause);
    }
}
