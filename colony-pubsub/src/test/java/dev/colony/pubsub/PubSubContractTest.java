package dev.colony.pubsub;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import dev.colony.protocol.ControlReply;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.EngineState;
import dev.colony.protocol.EngineStatus;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.MalformedMessageException;
import dev.colony.protocol.OversizedMessageException;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.ProgramStatus;
import dev.colony.protocol.Resources;
import dev.colony.protocol.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Colony needs from any MQTT broker, checked against each one it supports with real
 * connections: subclasses only start the broker. Each test uses its own topics and client ids, so
 * one broker serves the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
public abstract class PubSubContractTest {

    protected static final Duration WAIT = Duration.ofSeconds(10);
    protected static final Credentials CLUSTER = new Credentials("colony", "cluster-secret");
    protected static final Credentials PROGRAM = new Credentials("program-p1", "program-secret");

    private static final AtomicInteger IDS = new AtomicInteger();
    private final JsonCodec codec = new JsonCodec();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private BrokerUnderTest broker;

    /** Starts the broker under test in {@code dir}, accepting {@link #CLUSTER} and {@link #PROGRAM}. */
    protected abstract BrokerUnderTest startBroker(Path dir);

    @BeforeAll
    void start(@TempDir Path dir) {
        broker = startBroker(dir);
    }

    @AfterAll
    void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @AfterEach
    void closeClients() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
        toClose.clear();
    }

    @Test
    void wildcardFiltersReceiveMatchingTopicsOnly() throws Exception {
        // one client per filter: with overlapping filters some brokers (Mosquitto) send one copy per subscription
        Received plus = new Received();
        Received hash = new Received();
        cluster("wild-plus").subscribe("user/wild/+/temp", plus).get();
        cluster("wild-hash").subscribe("user/wild/a/#", hash).get();
        PubSubClient publisher = cluster("wild-pub");
        for (String topic : List.of("user/wild/a/temp", "user/wild/b/temp", "user/wild/a/humidity", "user/wild/a/temp/raw")) {
            publisher.publish(topic, topic.getBytes(UTF_8)).get();
        }
        publisher.publish("user/wild/end/temp", "end".getBytes(UTF_8)).get();
        publisher.publish("user/wild/a/end", "end".getBytes(UTF_8)).get();

        assertThat(plus.textsUntil("end", WAIT)).containsExactly("user/wild/a/temp", "user/wild/b/temp");
        assertThat(hash.textsUntil("end", WAIT)).containsExactly("user/wild/a/temp", "user/wild/a/humidity", "user/wild/a/temp/raw");
    }

    @Test
    void anOutsideClientPublishingAtQos0ReachesSubscribers() throws Exception {
        Received received = new Received();
        cluster("qos0-sub").subscribe(Topics.userFilter("outside/+"), received).get();
        // what mosquitto_pub does by default: MQTT 3.1.1, QoS 0, a program's credential
        Mqtt3BlockingClient outside = MqttClient.builder().useMqttVersion3().identifier("outside-" + IDS.incrementAndGet())
            .serverHost(broker.host()).serverPort(broker.port()).buildBlocking();
        outside.connectWith().simpleAuth().username(PROGRAM.username()).password(PROGRAM.password().getBytes(UTF_8))
            .applySimpleAuth().send();
        try {
            for (int i = 0; i < 3; i++) {
                outside.publishWith().topic(Topics.user("outside/n")).qos(MqttQos.AT_MOST_ONCE).payload(Integer.toString(i).getBytes(UTF_8)).send();
            }
        } finally {
            outside.disconnect();
        }

        assertThat(received.texts(3, WAIT)).containsExactly("0", "1", "2");
    }

    @Test
    void qos1MessagesArriveInOrder() throws Exception {
        PubSubClient subscriber = cluster("order-sub");
        PubSubClient publisher = cluster("order-pub");
        Received received = new Received();
        subscriber.subscribe("user/order", received).get();
        List<CompletableFuture<Void>> acks = IntStream.range(0, 500)
            .mapToObj(i -> publisher.publish("user/order", Integer.toString(i).getBytes(UTF_8)))
            .toList();
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(received.texts(500, WAIT)).isEqualTo(numbers(500));
    }

    @Test
    void retainedStatusReachesLaterSubscribers() throws Exception {
        String engineId = "retained-" + IDS.incrementAndGet();
        EngineStatus status = new EngineStatus(engineId, EngineState.ONLINE, new Resources(0.5, 1L << 20, 1L << 30), 2,
            Map.of("zone", "a"), System.currentTimeMillis());
        cluster("retain-pub").publish(Topics.engineStatus(engineId), codec.encode(status), true).get();

        Received received = new Received();
        cluster("retain-sub").subscribe(Topics.engineStatus(engineId), received).get();
        Message message = received.next(WAIT);

        assertThat(message.retained()).isTrue();
        assertThat(codec.decode(message.payload(), EngineStatus.class)).isEqualTo(status);
    }

    @Test
    void lastWillIsPublishedWhenAClientDiesWithoutDisconnectAndTheClientReconnects() throws Exception {
        String engineId = "will-" + IDS.incrementAndGet();
        EngineStatus offline = new EngineStatus(engineId, EngineState.OFFLINE, new Resources(-1, 0, 0), 0, Map.of(), 0);
        Received observed = new Received();
        cluster("will-observer").subscribe(Topics.engineStatus(engineId), observed).get();
        try (TcpProxy proxy = new TcpProxy(broker.host(), broker.port());
             PubSubClient engine = PubSubClient.connect(ClientOptions.of(broker.host(), proxy.port(), CLUSTER, engineId)
                 .withWill(new ClientOptions.Will(Topics.engineStatus(engineId), codec.encode(offline), true)))) {

            proxy.cutConnections();

            Message will = observed.next(WAIT);
            assertThat(codec.decode(will.payload(), EngineStatus.class).state()).isEqualTo(EngineState.OFFLINE);
            awaitConnected(engine);
            engine.publish("user/will/alive", "yes".getBytes(UTF_8)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Test
    void aPersistentSessionReceivesWhatWasPublishedWhileItWasAwayOnceAndInOrder() throws Exception {
        String programId = "offline-" + IDS.incrementAndGet();
        ClientOptions persistent = ClientOptions.of(broker.host(), broker.port(), CLUSTER, programId)
            .withPersistentSession(Duration.ofMinutes(5));
        try (PubSubClient first = PubSubClient.connect(persistent)) {
            first.subscribe("user/" + programId + "/#", message -> { }).get();
        }
        PubSubClient publisher = cluster("offline-pub");
        List<CompletableFuture<Void>> acks = IntStream.range(0, 1000)
            .mapToObj(i -> publisher.publish("user/" + programId + "/n", Integer.toString(i).getBytes(UTF_8)))
            .toList();
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        Received received = new Received();
        PubSubClient resumed = track(PubSubClient.connect(persistent));
        Thread.sleep(200); // queued messages arrive before the handler: they must wait for it, not vanish
        resumed.subscribe("user/" + programId + "/#", received).get();

        assertThat(received.texts(1000, WAIT)).isEqualTo(numbers(1000));
        resumed.publish("user/" + programId + "/n", "end".getBytes(UTF_8)).get();
        assertThat(received.textsUntil("end", WAIT)).as("duplicates").isEmpty();
    }

    @Test
    void requestsGetTheirReplyByCorrelation() throws Exception {
        String engineId = "reply-" + IDS.incrementAndGet();
        PubSubClient engine = cluster(engineId);
        engine.serve(Topics.engineControl(engineId), request -> {
            ControlRequest control = codec.decode(request.payload(), ControlRequest.class);
            ProgramStatus paused = new ProgramStatus(control.programId(), "counter", engineId, ProgramState.PAUSED, 1, 0);
            return codec.encode(ControlReply.ok(control.requestId(), paused));
        }).get();
        PubSubClient coordinator = cluster("coordinator");

        List<CompletableFuture<Message>> replies = IntStream.range(0, 20)
            .mapToObj(i -> coordinator.request(Topics.engineControl(engineId),
                codec.encode(new ControlRequest.Pause("r" + i, "p" + i)), WAIT))
            .toList();

        for (int i = 0; i < replies.size(); i++) {
            ControlReply reply = codec.decode(replies.get(i).get().payload(), ControlReply.class);
            assertThat(reply.requestId()).isEqualTo("r" + i);
            assertThat(reply.program().programId()).isEqualTo("p" + i);
            assertThat(reply.program().state()).isEqualTo(ProgramState.PAUSED);
        }
    }

    @Test
    void aRequestNobodyAnswersFailsWithATimeout() {
        PubSubClient coordinator = cluster("lonely");
        CompletableFuture<Message> reply = coordinator.request(Topics.engineControl("nobody"),
            codec.encode(new ControlRequest.Kill("r1", "p1")), Duration.ofMillis(300));

        assertThatThrownBy(() -> reply.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
            .isInstanceOf(ExecutionException.class)
            .cause().isInstanceOf(RequestTimeoutException.class)
            .hasMessage("no reply to the request on 'colony/engines/nobody/control' within 300 ms");
    }

    @Test
    void wrongCredentialsAreRefused() {
        for (Credentials wrong : List.of(new Credentials(CLUSTER.username(), "wrong"), new Credentials("nobody", "x"))) {
            assertThatThrownBy(() -> track(PubSubClient.connect(
                ClientOptions.of(broker.host(), broker.port(), wrong, "intruder-" + IDS.incrementAndGet()))))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("the broker refused the connection of 'intruder-")
                .satisfies(e -> assertThat(((RefusedException) e).reason()).isIn("BAD_USER_NAME_OR_PASSWORD", "NOT_AUTHORIZED"));
        }
    }

    @Test
    void aProgramCredentialReachesUserTopicsOnly() throws Exception {
        PubSubClient program = track(PubSubClient.connect(
            ClientOptions.of(broker.host(), broker.port(), PROGRAM, "program-" + IDS.incrementAndGet())));
        Received system = new Received();
        PubSubClient observer = cluster("acl-observer");
        observer.subscribe("colony/acl/#", system).get();

        Received leaked = new Received();
        CompletableFuture<Void> forbidden = program.subscribe(Topics.SYSTEM_ALL, leaked);
        if (refusesSubscriptionsOutsideTheAcl()) {
            assertThatThrownBy(forbidden::get)
                .cause().isInstanceOf(RefusedException.class)
                .hasMessage("the broker refused the subscription to 'colony/#' (NOT_AUTHORIZED)");
        } else {
            forbidden.get(); // granted, but the broker delivers nothing the ACL denies
        }
        assertThatThrownBy(() -> program.publish("colony/acl/control", "forged".getBytes(UTF_8)).get())
            .cause().isInstanceOf(RefusedException.class)
            .hasMessage("the broker refused the publish to 'colony/acl/control' (NOT_AUTHORIZED)");
        Received user = new Received();
        program.subscribe(Topics.userFilter("acl/#"), user).get();
        observer.publish("colony/acl/control", "end".getBytes(UTF_8)).get();
        program.publish(Topics.user("acl/x"), "mine".getBytes(UTF_8)).get();

        assertThat(system.textsUntil("end", WAIT)).as("forged system messages").isEmpty();
        assertThat(user.next(WAIT).payload()).asString(UTF_8).isEqualTo("mine");
        assertThat(leaked.isEmpty()).as("system messages delivered to a program").isTrue();
    }

    @Test
    void malformedAndOversizedPayloadsFromTheWireAreRefusedByTheCodec() throws Exception {
        PubSubClient client = cluster("codec");
        Received received = new Received();
        client.subscribe("colony/programs/codec/status", received).get();
        client.publish("colony/programs/codec/status", "{\"programId\": \"codec\", ".getBytes(UTF_8)).get();
        client.publish("colony/programs/codec/status", new byte[JsonCodec.DEFAULT_MAX_BYTES + 1]).get();

        byte[] malformed = received.next(WAIT).payload();
        byte[] oversized = received.next(WAIT).payload();
        assertThatThrownBy(() -> codec.decode(malformed, ProgramStatus.class))
            .isInstanceOf(MalformedMessageException.class)
            .hasMessageStartingWith("malformed ProgramStatus message: Unexpected end-of-input");
        assertThatThrownBy(() -> codec.decode(oversized, ProgramStatus.class))
            .isInstanceOf(OversizedMessageException.class)
            .hasMessage("ProgramStatus message is 65537 bytes; the limit is 65536 (send large data through the blob store)");
    }

    /**
     * HiveMQ answers a denied SUBSCRIBE with NOT_AUTHORIZED; Mosquitto 2.0 grants it and then
     * delivers nothing the ACL denies. Both keep system traffic from programs.
     */
    protected boolean refusesSubscriptionsOutsideTheAcl() {
        return true;
    }

    protected PubSubClient cluster(String name) {
        return track(PubSubClient.connect(ClientOptions.of(broker.host(), broker.port(), CLUSTER, name + "-" + IDS.incrementAndGet())));
    }

    protected <T extends AutoCloseable> T track(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    private static void awaitConnected(PubSubClient client) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!client.isConnected()) {
            assertThat(System.nanoTime()).as("reconnected in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static List<String> numbers(int count) {
        return IntStream.range(0, count).mapToObj(Integer::toString).toList();
    }
}
