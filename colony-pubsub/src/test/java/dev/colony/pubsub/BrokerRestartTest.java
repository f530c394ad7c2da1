package dev.colony.pubsub;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker keeps sessions in its data directory: a coordinator restart loses no queued
 * message. Tagged slow: two HiveMQ starts and stops take ~30 s on the shared machine.
 */
@Tag("slow")
class BrokerRestartTest {

    private static final Credentials CLUSTER = new Credentials("colony", "cluster-secret");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    @Timeout(120)
    void aPersistentSessionAndItsQueuedMessagesSurviveABrokerRestartOnTheSameDirectory(@TempDir Path dir) throws Exception {
        BrokerOptions options = BrokerOptions.defaults(dir, CLUSTER).withPort(0);
        List<String> sent = IntStream.range(0, 100).mapToObj(Integer::toString).toList();
        try (Broker before = Broker.start(options)) {
            ClientOptions program = ClientOptions.of(before.host(), before.port(), CLUSTER, "p-restart")
                .withPersistentSession(Duration.ofMinutes(5));
            try (PubSubClient away = PubSubClient.connect(program)) {
                away.subscribe("user/restart", message -> { }).get();
            }
            try (PubSubClient publisher = PubSubClient.connect(ClientOptions.of(before.host(), before.port(), CLUSTER, "pub"))) {
                CompletableFuture.allOf(sent.stream().map(n -> publisher.publish("user/restart", n.getBytes(UTF_8)))
                    .toArray(CompletableFuture[]::new)).get();
            }
        }

        try (Broker after = Broker.start(options.withPort(0));
             PubSubClient resumed = PubSubClient.connect(ClientOptions.of(after.host(), after.port(), CLUSTER, "p-restart")
                 .withPersistentSession(Duration.ofMinutes(5)))) {
            Received received = new Received();
            resumed.subscribe("user/restart", received).get();

            assertThat(received.texts(100, WAIT)).isEqualTo(sent);
        }
    }
}
