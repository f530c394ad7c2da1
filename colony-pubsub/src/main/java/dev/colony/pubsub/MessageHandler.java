package dev.colony.pubsub;

/**
 * Receives the messages of one subscription, one at a time, in the order the broker sent them.
 * The message is acknowledged to the broker only once this returns (or throws: a failing handler
 * must not block its session), so a crash before that gets it delivered again. A handler that throws
 * {@link MessageRefusedException} leaves it unacknowledged, for the session's next connection.
 */
@FunctionalInterface
public interface MessageHandler {

    void onMessage(Message message);
}
