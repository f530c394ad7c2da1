package dev.colony.protocol;

/** A message larger than the codec's limit: large data travels through the blob store instead. */
public final class OversizedMessageException extends ProtocolException {

    public static final String TYPE = "message-too-large";

    public OversizedMessageException(String message) {
        super(message, null);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
