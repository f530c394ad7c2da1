package dev.colony.pubsub;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the embedded broker promises: its data directory, live credentials, a quick close. */
class BrokerTest {

    private static final Credentials CLUSTER = new Credentials("colony", "cluster-secret");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void keepsItsDataInTheGivenDirectoryAcceptsCredentialsGrantedWhileRunningAndClosesTwice(@TempDir Path dir) throws Exception {
        Credentials program = new Credentials("program-p9", "p9-secret");
        long started = System.nanoTime();
        Broker broker = Broker.start(BrokerOptions.defaults(dir, CLUSTER).withPort(0));
        long startMillis = (System.nanoTime() - started) / 1_000_000;
        try (broker) {
            ClientOptions asProgram = ClientOptions.of(broker.host(), broker.port(), program, "p9");
            assertThatThrownBy(() -> PubSubClient.connect(asProgram)).isInstanceOf(RefusedException.class);

            broker.accounts().grant(program, Role.PROGRAM);
            try (PubSubClient client = PubSubClient.connect(asProgram)) {
                Received received = new Received();
                client.subscribe("user/p9", received).get();
                client.publish("user/p9", "hello".getBytes(UTF_8)).get();
                assertThat(Received.text(received.next(WAIT))).isEqualTo("hello");
            }

            broker.accounts().revoke(program.username());
            assertThatThrownBy(() -> PubSubClient.connect(asProgram)).isInstanceOf(RefusedException.class);
            assertThat(Files.readString(dir.resolve("conf/config.xml"))).contains("<port>" + broker.port() + "</port>")
                .contains("<bind-address>127.0.0.1</bind-address>");
            try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
                assertThat(files.filter(Files::isRegularFile).count()).as("files in the data folder").isPositive();
            }
        }
        long closed = System.nanoTime();
        broker.close();
        long closeMillis = (System.nanoTime() - closed) / 1_000_000;
        System.out.printf("embedded broker: start %d ms, second close %d ms%n", startMillis, closeMillis);
        assertThatThrownBy(() -> PubSubClient.connect(ClientOptions.of(broker.host(), broker.port(), CLUSTER, "late")))
            .isInstanceOf(PubSubException.class)
            .hasMessageContaining("127.0.0.1:" + broker.port());
    }
}
