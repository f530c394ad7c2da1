package dev.colony.pubsub;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5SubAckException;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishBuilder;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import dev.colony.protocol.MqttTopics;
import dev.colony.pubsub.internal.Dispatcher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * An MQTT 5 connection to the embedded broker or an external one (HiveMQ MQTT client). Everything
 * is QoS 1. It reconnects by itself after a lost connection (100 ms, doubling to 5 s); with a
 * persistent session ({@link ClientOptions#withPersistentSession}) the broker keeps its
 * subscriptions and queues its messages meanwhile, and hands them over when the same client id
 * comes back, from this process or another.
 *
 * <p>Handlers run on one dispatcher thread per client, in arrival order, and a message is
 * acknowledged after its handlers return (see {@link Dispatcher}). A slow handler slows the
 * client's whole inbox: hand long work to another thread. Where two of a client's filters match one
 * topic, each handler is called; some brokers then send the message twice (once per subscription).
 */
public final class PubSubClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PubSubClient.class.getName());
    private static final long FIRST_RECONNECT_DELAY_MS = 100;
    private static final long MAX_RECONNECT_DELAY_MS = 5_000;

    private final ClientOptions options;
    private final Mqtt5AsyncClient mqtt;
    private final Dispatcher dispatcher;
    private final Map<String, CompletableFuture<Message>> pendingReplies = new ConcurrentHashMap<>();
    private CompletableFuture<Void> replyInbox;
    private volatile boolean connectedOnce;
    private volatile boolean closed;

    private PubSubClient(ClientOptions options) {
        this.options = options;
        // one thread, in order; it ends when idle, so a closed client leaves no thread and never
        // rejects a late callback from the MQTT client
        ThreadPoolExecutor dispatch = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "pubsub-" + options.clientId());
            thread.setDaemon(true);
            return thread;
        });
        dispatch.allowCoreThreadTimeOut(true);
        this.dispatcher = new Dispatcher(dispatch);
        // credentials and will belong to the client, not to one CONNECT, so reconnects present them too
        Mqtt5ClientBuilder builder = MqttClient.builder()
            .useMqttVersion5()
            .identifier(options.clientId())
            .serverHost(options.host())
            .serverPort(options.port())
            .simpleAuth()
                .username(options.credentials().username())
                .password(options.credentials().password().getBytes(StandardCharsets.UTF_8))
                .applySimpleAuth()
            .addConnectedListener(context -> connectedOnce = true)
            .addDisconnectedListener(this::onDisconnected);
        if (options.will() != null) {
            builder = builder.willPublish()
                .topic(options.will().topic())
                .payload(options.will().payload())
                .qos(MqttQos.AT_LEAST_ONCE)
                .retain(options.will().retained())
                .applyWillPublish();
        }
        this.mqtt = builder.buildAsync();
        // registered before connecting: a resumed session's queued messages arrive right after CONNACK
        mqtt.publishes(MqttGlobalPublishFilter.ALL, dispatcher::deliver, dispatch, true);
    }

    /** Connects, or fails with {@link RefusedException} (credentials) or {@link PubSubException}. */
    public static PubSubClient connect(ClientOptions options) {
        PubSubClient client = new PubSubClient(options);
        try {
            client.connectOnce();
            return client;
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    public String clientId() {
        return options.clientId();
    }

    public boolean isConnected() {
        return mqtt.getState().isConnected();
    }

    public CompletableFuture<Void> publish(String topic, byte[] payload) {
        return publish(topic, payload, false);
    }

    /** Completes once the broker has the message (PUBACK); fails with {@link RefusedException} on an ACL. */
    public CompletableFuture<Void> publish(String topic, byte[] payload, boolean retain) {
        MqttTopics.requireName(topic);
        return send(qos1(topic, payload).retain(retain).build());
    }

    /**
     * Subscribes with a filter (MQTT wildcards allowed); subscribing again with the same filter replaces
     * its handler. Completes on the broker's SUBACK; fails with {@link RefusedException} when the
     * filter lies outside this client's ACL. Messages of any QoS are delivered; the subscription is QoS 1.
     */
    public CompletableFuture<Void> subscribe(String filter, MessageHandler handler) {
        MqttTopics.requireFilter(filter);
        return dispatcher.add(filter, handler)
            .thenCompose(added -> mqtt.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send())
            .handle((subAck, error) -> {
                if (error == null) {
                    return CompletableFuture.<Void>completedFuture(null);
                }
                return dispatcher.remove(filter).thenCompose(removed -> CompletableFuture.<Void>failedFuture(
                    failure(error, "the subscription to '" + filter + "'")));
            })
            .thenCompose(Function.identity());
    }

    public CompletableFuture<Void> unsubscribe(String filter) {
        return mqtt.unsubscribeWith().topicFilter(filter).send().thenCompose(unsubAck -> dispatcher.remove(filter));
    }

    /**
     * Sends a request (MQTT 5 response topic and correlation data) and completes with the first
     * reply, or fails with {@link RequestTimeoutException} after {@code timeout}.
     */
    public CompletableFuture<Message> request(String topic, byte[] payload, Duration timeout) {
        MqttTopics.requireName(topic);
        byte[] correlation = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        String key = HexFormat.of().formatHex(correlation);
        CompletableFuture<Message> reply = new CompletableFuture<>();
        pendingReplies.put(key, reply);
        reply.whenComplete((message, error) -> pendingReplies.remove(key));
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
            reply.completeExceptionally(new RequestTimeoutException(
                "no reply to the request on '" + topic + "' within " + timeout.toMillis() + " ms")));
        replyInbox()
            .thenCompose(ready -> send(qos1(topic, payload).responseTopic(options.replyTopic()).correlationData(correlation).build()))
            .whenComplete((sent, error) -> {
                if (error != null) {
                    reply.completeExceptionally(unwrap(error));
                }
            });
        return reply;
    }

    /** Answers a request on its response topic, carrying its correlation data back. */
    public CompletableFuture<Void> reply(Message request, byte[] payload) {
        if (!request.isRequest()) {
            throw new IllegalArgumentException("the message on '" + request.topic() + "' is not a request: it has no response topic");
        }
        Mqtt5PublishBuilder.Complete reply = qos1(request.responseTopic(), payload);
        if (request.correlationData() != null) {
            reply.correlationData(request.correlationData());
        }
        return send(reply.build());
    }

    /** Answers every request on {@code filter} with what {@code responder} returns. */
    public CompletableFuture<Void> serve(String filter, Function<Message, byte[]> responder) {
        return subscribe(filter, message -> {
            if (message.isRequest()) {
                reply(message, responder.apply(message));
            }
        });
    }

    /** Disconnects cleanly (no last will); a persistent session stays on the broker. Safe to call twice. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            mqtt.disconnect().get(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.DEBUG, "no clean disconnect for " + options.clientId(), e); // already gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pendingReplies.values().forEach(reply -> reply.completeExceptionally(
            new PubSubException("client " + options.clientId() + " closed before the reply came", null)));
    }

    private void connectOnce() {
        CompletableFuture<?> connAck = mqtt.connectWith()
            .cleanStart(options.sessionExpiry().isZero())
            .sessionExpiryInterval(options.sessionExpiry().toSeconds())
            .restrictions().receiveMaximum(options.receiveMaximum()).applyRestrictions()
            .send();
        String broker = options.host() + ":" + options.port();
        try {
            connAck.get(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), "the connection of '" + options.clientId() + "' to " + broker);
        } catch (TimeoutException e) {
            throw new PubSubException("the MQTT broker at " + broker + " did not answer within " + options.connectTimeout().toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PubSubException("interrupted while connecting to " + broker, e);
        }
    }

    private void onDisconnected(MqttClientDisconnectedContext context) {
        if (closed || !connectedOnce || context.getSource() == MqttDisconnectSource.USER) {
            return; // a failed first connect is reported to the caller, not retried
        }
        if (context.getCause() instanceof Mqtt5ConnAckException refused) {
            LOG.log(System.Logger.Level.WARNING, "broker refused " + options.clientId() + " on reconnect: "
                + refused.getMqttMessage().getReasonCode() + "; giving up");
            return;
        }
        long delay = Math.min(MAX_RECONNECT_DELAY_MS, FIRST_RECONNECT_DELAY_MS << Math.min(context.getReconnector().getAttempts(), 6));
        context.getReconnector().reconnect(true).delay(delay, TimeUnit.MILLISECONDS);
    }

    private synchronized CompletableFuture<Void> replyInbox() {
        if (replyInbox == null || replyInbox.isCompletedExceptionally()) {
            replyInbox = subscribe(options.replyTopic(), this::onReply);
        }
        return replyInbox;
    }

    private void onReply(Message message) {
        if (message.correlationData() != null) {
            CompletableFuture<Message> reply = pendingReplies.get(HexFormat.of().formatHex(message.correlationData()));
            if (reply != null) {
                reply.complete(message);
            }
        }
    }

    /** Completes on PUBACK; the client reports a refusing PUBACK either way, as a failure or in the result. */
    private CompletableFuture<Void> send(Mqtt5Publish publish) {
        return mqtt.publish(publish).handle((result, error) -> {
            Throwable failed = error != null ? error : result.getError().orElse(null);
            if (failed != null) {
                throw failure(failed, "the publish to '" + publish.getTopic() + "'");
            }
            return null;
        });
    }

    private static Mqtt5PublishBuilder.Complete qos1(String topic, byte[] payload) {
        return Mqtt5Publish.builder().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload);
    }

    /** The broker's refusals become {@link RefusedException}s naming what was refused and why. */
    private static PubSubException failure(Throwable error, String what) {
        Throwable cause = unwrap(error);
        if (cause instanceof PubSubException known) {
            return known;
        }
        if (cause instanceof Mqtt5ConnAckException connAck) {
            return new RefusedException("the broker refused " + what, connAck.getMqttMessage().getReasonCode().name(), cause);
        }
        if (cause instanceof Mqtt5SubAckException subAck) {
            String reason = subAck.getMqttMessage().getReasonCodes().stream()
                .filter(Mqtt5SubAckReasonCode::isError).findFirst().map(Enum::name).orElse("UNSPECIFIED_ERROR");
            return new RefusedException("the broker refused " + what, reason, cause);
        }
        if (cause instanceof Mqtt5PubAckException pubAck) {
            return new RefusedException("the broker refused " + what, pubAck.getMqttMessage().getReasonCode().name(), cause);
        }
        return new PubSubException(what + " failed: " + cause.getMessage(), cause);
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
