package dev.colony.pubsub;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import dev.colony.pubsub.internal.AccessExtension;
import dev.colony.pubsub.internal.FreePorts;
import dev.colony.pubsub.internal.HiveMqConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The embedded MQTT 5 broker: HiveMQ Community Edition in this JVM, on 127.0.0.1, persisting its
 * sessions under the data directory. Every client must present credentials from {@link #accounts()};
 * each credential's {@link Role} limits the topics it reaches.
 *
 * <pre>{@code
 * try (Broker broker = Broker.start(BrokerOptions.defaults(dir, cluster).withPort(0))) {
 *     broker.accounts().grant(programCredentials, Role.PROGRAM);
 *     ... PubSubClient.connect(ClientOptions.builder("127.0.0.1", broker.port(), ...)) ...
 * }
 * }</pre>
 */
public final class Broker implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    private final EmbeddedHiveMQ hivemq;
    private final Accounts accounts;
    private final int port;
    private boolean closed;

    private Broker(EmbeddedHiveMQ hivemq, Accounts accounts, int port) {
        this.hivemq = hivemq;
        this.accounts = accounts;
        this.port = port;
    }

    /** Starts the broker and returns once it accepts connections (a few seconds: HiveMQ is large). */
    public static Broker start(BrokerOptions options) {
        int port = options.port() == 0 ? FreePorts.pick() : options.port();
        Accounts accounts = new Accounts();
        accounts.grant(options.cluster(), Role.CLUSTER);
        EmbeddedHiveMQ hivemq = EmbeddedHiveMQ.builder()
            .withConfigurationFolder(folder(options.dataDir().resolve("conf")))
            .withDataFolder(folder(options.dataDir().resolve("data")))
            .withExtensionsFolder(folder(options.dataDir().resolve("extensions")))
            .withEmbeddedExtension(EmbeddedExtension.builder()
                .withId("colony-access")
                .withName("Colony credentials and ACLs")
                .withVersion("1")
                .withPriority(1000)
                .withExtensionMain(new AccessExtension(accounts))
                .build())
            .withoutLoggingBootstrap() // the embedding application configures logging
            .build();
        HiveMqConfig.write(options.dataDir().resolve("conf"), HOST, port, options);
        try {
            hivemq.start().join();
        } catch (CompletionException e) {
            closeQuietly(hivemq);
            throw new PubSubException("the embedded broker did not start on " + HOST + ":" + port + ": " + e.getCause().getMessage(), e.getCause());
        }
        return new Broker(hivemq, accounts, port);
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** Credentials clients connect with; change them while the broker runs. */
    public Accounts accounts() {
        return accounts;
    }

    /** Stops accepting connections and flushes sessions to the data directory. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            closeQuietly(hivemq);
        }
    }

    private static void closeQuietly(EmbeddedHiveMQ hivemq) {
        try {
            hivemq.close();
        } catch (ExecutionException e) {
            throw new PubSubException("the embedded broker did not stop cleanly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path folder(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new PubSubException("cannot create the broker's folder " + path, e);
        }
    }
}
