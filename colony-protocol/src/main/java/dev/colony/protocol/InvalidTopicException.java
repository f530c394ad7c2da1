package dev.colony.protocol;

/** A topic name or filter that MQTT or Colony's namespaces do not allow. */
public final class InvalidTopicException extends ProtocolException {

    public static final String TYPE = "invalid-topic";

    public InvalidTopicException(String message) {
        super(message, null);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
