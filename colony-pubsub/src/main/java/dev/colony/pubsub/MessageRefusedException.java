package dev.colony.pubsub;

/**
 * Thrown by a {@link MessageHandler} that cannot take a message now (its program was just captured
 * to move elsewhere): the message is not acknowledged, so the broker hands it to the session's
 * next connection — from this process or another — instead of losing it.
 */
public final class MessageRefusedException extends RuntimeException {

    public MessageRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
