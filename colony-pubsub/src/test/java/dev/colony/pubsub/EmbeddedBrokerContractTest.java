package dev.colony.pubsub;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The contract on the embedded broker, plus what only it promises: its data directory, live credentials, a quick close. */
class EmbeddedBrokerContractTest extends PubSubContractTest {

    private Broker broker;
    private Path dataDir;

    @Override
    protected BrokerUnderTest startBroker(Path dir) {
        long started = System.nanoTime();
        broker = Broker.start(BrokerOptions.defaults(dir, CLUSTER).withPort(0));
        System.out.printf("embedded broker started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        dataDir = dir;
        broker.accounts().grant(PROGRAM, Role.PROGRAM);
        return new BrokerUnderTest() {
            @Override
            public String host() {
                return broker.host();
            }

            @Override
            public int port() {
                return broker.port();
            }

            @Override
            public Credentials cluster() {
                return CLUSTER;
            }

            @Override
            public Credentials program() {
                return PROGRAM;
            }

            @Override
            public void close() {
                broker.close();
            }
        };
    }

    @Test
    void credentialsGrantedAndRevokedWhileRunningTakeEffectAtTheNextConnect() throws Exception {
        Credentials program = new Credentials("program-p9", "p9-secret");
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

        assertThatThrownBy(() -> PubSubClient.connect(asProgram)).isInstanceOf(RefusedException.class)
            .hasMessageContaining("BAD_USER_NAME_OR_PASSWORD");
    }

    @Test
    void keepsItsConfigurationAndDataInTheGivenDirectoryAndListensOnLoopbackOnly() throws Exception {
        assertThat(Files.readString(dataDir.resolve("conf/config.xml")))
            .contains("<port>" + broker.port() + "</port>")
            .contains("<bind-address>127.0.0.1</bind-address>")
            .contains("<max-queue-size>" + BrokerOptions.DEFAULT_MAX_QUEUED_MESSAGES + "</max-queue-size>");
        try (Stream<Path> files = Files.walk(dataDir.resolve("data"))) {
            assertThat(files.filter(Files::isRegularFile).count()).as("files in the data folder").isPositive();
        }
    }

    @AfterAll
    void closesQuicklyAndTwice() {
        long started = System.nanoTime();
        broker.close();
        broker.close();
        System.out.printf("embedded broker closed in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThatThrownBy(() -> PubSubClient.connect(ClientOptions.of(broker.host(), broker.port(), CLUSTER, "late")))
            .isInstanceOf(PubSubException.class)
            .hasMessageContaining("127.0.0.1:" + broker.port());
    }
}
