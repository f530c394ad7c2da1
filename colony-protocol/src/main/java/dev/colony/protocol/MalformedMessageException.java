package dev.colony.protocol;

/** The bytes are not a valid JSON message of the expected kind. */
public final class MalformedMessageException extends ProtocolException {

    public static final String TYPE = "malformed-message";

    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
