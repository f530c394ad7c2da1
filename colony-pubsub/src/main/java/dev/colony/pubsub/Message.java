package dev.colony.pubsub;

import java.util.Objects;

/**
 * A message as a subscriber receives it.
 *
 * @param retained        whether the broker replayed it as the topic's retained message
 * @param responseTopic   where the sender wants its reply (a request), or null
 * @param correlationData what the reply must carry back, or null
 */
public record Message(String topic, byte[] payload, boolean retained, String responseTopic, byte[] correlationData) {

    public Message {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
    }

    /** Whether the sender expects a reply ({@link PubSubClient#reply(Message, byte[])}). */
    public boolean isRequest() {
        return responseTopic != null;
    }
}
