package dev.colony.pubsub;

/**
 * The broker said no: credentials refused at connect, or a topic outside the credential's ACL.
 * {@link #reason()} is the broker's MQTT 5 reason code, e.g. {@code NOT_AUTHORIZED}.
 */
public final class RefusedException extends PubSubException {

    private final String reason;

    public RefusedException(String message, String reason, Throwable cause) {
        super(message + " (" + reason + ")", cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
