package dev.colony.pubsub.internal;

import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import dev.colony.protocol.MqttTopics;
import dev.colony.pubsub.Message;
import dev.colony.pubsub.MessageHandler;
import dev.colony.pubsub.MessageRefusedException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Hands a client's incoming messages to its handlers, all on one thread so each subscription sees
 * its messages in the broker's order.
 *
 * <p>A client resuming a persistent session receives the messages queued for it as soon as it
 * connects, before its owner has subscribed again (a program restored on another engine registers
 * its handlers a moment later). Those messages are held, unacknowledged, until a handler for them
 * arrives, then delivered in order. Holding them is also the flow control: the broker sends at most
 * the client's receive maximum of unacknowledged messages, so the held queue cannot grow past it.
 */
public final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    private final Executor thread;
    private final Map<String, MessageHandler> handlers = new LinkedHashMap<>();
    private final ArrayDeque<Mqtt5Publish> unmatched = new ArrayDeque<>();

    /** {@code thread} must run one task at a time, in order; the MQTT client delivers on it too. */
    public Dispatcher(Executor thread) {
        this.thread = thread;
    }

    /** Runs on the dispatcher thread (the MQTT client's callback executor). */
    public void deliver(Mqtt5Publish publish) {
        if (!dispatch(publish)) {
            unmatched.add(publish);
        }
    }

    public CompletableFuture<Void> add(String filter, MessageHandler handler) {
        return CompletableFuture.runAsync(() -> {
            handlers.put(filter, handler);
            deliverHeld();
        }, thread);
    }

    /** After an UNSUBACK: held messages for the filter will never be wanted, so they are acknowledged. */
    public CompletableFuture<Void> remove(String filter) {
        return CompletableFuture.runAsync(() -> {
            handlers.remove(filter);
            unmatched.removeIf(publish -> {
                boolean dropped = MqttTopics.matches(filter, publish.getTopic().toString());
                if (dropped) {
                    publish.acknowledge();
                }
                return dropped;
            });
        }, thread);
    }

    private void deliverHeld() {
        for (Iterator<Mqtt5Publish> held = unmatched.iterator(); held.hasNext(); ) {
            if (dispatch(held.next())) {
                held.remove();
            }
        }
    }

    private boolean dispatch(Mqtt5Publish publish) {
        Message message = null;
        boolean refused = false;
        for (Map.Entry<String, MessageHandler> entry : handlers.entrySet()) {
            if (MqttTopics.matches(entry.getKey(), publish.getTopic().toString())) {
                message = message == null ? toMessage(publish) : message;
                refused |= !handle(entry.getValue(), message);
            }
        }
        if (message != null && !refused) {
            publish.acknowledge();
        }
        return message != null;
    }

    /** Whether the message may be acknowledged: refused ones stay with the broker for the session's next connection. */
    private static boolean handle(MessageHandler handler, Message message) {
        try {
            handler.onMessage(message);
        } catch (MessageRefusedException e) {
            return false;
        } catch (RuntimeException e) {
            // acknowledged anyway: a message that always fails must not stop the session
            LOG.log(System.Logger.Level.WARNING, "handler failed on a message on " + message.topic(), e);
        }
        return true;
    }

    private static Message toMessage(Mqtt5Publish publish) {
        return new Message(publish.getTopic().toString(), publish.getPayloadAsBytes(), publish.isRetain(),
            publish.getResponseTopic().map(Object::toString).orElse(null),
            publish.getCorrelationData().map(Dispatcher::bytes).orElse(null));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
