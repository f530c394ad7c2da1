package dev.colony.coordinator;

import dev.colony.protocol.ControlReply;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.EngineState;
import dev.colony.protocol.EngineStatus;
import dev.colony.protocol.JoinReply;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.Resources;
import dev.colony.protocol.Topics;
import dev.colony.pubsub.ClientOptions;
import dev.colony.pubsub.Credentials;
import dev.colony.pubsub.PubSubClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An engine's MQTT side played by the test, over the real broker: it reports its status and answers
 * control requests with what the test's script returns (null: no answer, so the coordinator times out).
 */
final class ScriptedEngine implements AutoCloseable {

    static final JsonCodec CODEC = new JsonCodec();

    final String name;
    final List<ControlRequest> received = new CopyOnWriteArrayList<>();
    private final PubSubClient client;
    private volatile Function<ControlRequest, ControlReply> script;
    private volatile Thread heartbeats;

    ScriptedEngine(JoinReply.MqttAccess mqtt, String name, Function<ControlRequest, ControlReply> script) {
        this(mqtt, mqtt.port(), name, script);
    }

    /** Connects through {@code port} (e.g. a {@code TcpProxy} that the test can cut, so the broker sends the will). */
    ScriptedEngine(JoinReply.MqttAccess mqtt, int port, String name, Function<ControlRequest, ControlReply> script) {
        this.name = name;
        this.script = script;
        Credentials cluster = new Credentials(mqtt.cluster().username(), mqtt.cluster().password());
        byte[] will = CODEC.encode(status(EngineState.OFFLINE));
        this.client = PubSubClient.connect(ClientOptions.of(mqtt.host(), port, cluster, "engine-" + name)
            .withWill(new ClientOptions.Will(Topics.engineStatus(name), will, true)));
        client.subscribe(Topics.engineControl(name), message -> {
            ControlRequest request = CODEC.decode(message.payload(), ControlRequest.class);
            received.add(request);
            ControlReply reply = this.script.apply(request);
            if (reply != null) {
                client.reply(message, CODEC.encode(reply));
            }
        }).join();
    }

    void script(Function<ControlRequest, ControlReply> newScript) {
        this.script = newScript;
    }

    void report(EngineState state) {
        client.publish(Topics.engineStatus(name), CODEC.encode(status(state)), true).join();
    }

    /** Reports ONLINE every 100 ms until closed, as a live engine does. */
    void keepOnline() {
        heartbeats = Thread.ofVirtual().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    report(EngineState.ONLINE);
                    Thread.sleep(100);
                }
            } catch (InterruptedException | RuntimeException closed) {
                // the test is done with this engine
            }
        });
    }

    void publish(String topic, Object message, boolean retained) {
        client.publish(topic, CODEC.encode(message), retained).join();
    }

    private EngineStatus status(EngineState state) {
        return new EngineStatus(name, state, new Resources(0.25, 1_000, 2_000), 0, Map.of("zone", "test"), System.currentTimeMillis());
    }

    @Override
    public void close() {
        if (heartbeats != null) {
            heartbeats.interrupt();
        }
        client.close();
    }
}
