package dev.colony.pubsub;

/** No reply came to a request in time; the request may or may not have been acted on. */
public final class RequestTimeoutException extends PubSubException {

    public RequestTimeoutException(String message) {
        super(message, null);
    }
}
