package dev.colony.engine;

import dev.colony.gfs.BlobStore;
import dev.colony.protocol.JoinReply;
import dev.colony.pubsub.Broker;
import dev.colony.pubsub.BrokerOptions;
import dev.colony.pubsub.Credentials;
import dev.colony.pubsub.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One embedded broker for every engine test class in the JVM (HiveMQ takes many seconds to start
 * on a loaded machine), with the cluster and program accounts, and unique names so tests sharing
 * it never see each other's retained messages.
 */
final class TestCluster {

    static final Credentials CLUSTER = new Credentials("cluster", "cluster-secret");
    static final Credentials PROGRAM = new Credentials("program", "program-secret");
    static final long HEARTBEAT_MILLIS = 200;
    /** One key for every engine of the tests: they move programs between them. */
    static final String SNAPSHOT_KEY = HexFormat.of().formatHex(new byte[32]).replace('0', '7');

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static Broker broker;

    private TestCluster() {
    }

    static synchronized Broker broker() {
        if (broker == null) {
            Path dir = temporaryDirectory();
            broker = Broker.start(BrokerOptions.defaults(dir, CLUSTER).withPort(0));
            broker.accounts().grant(PROGRAM, Role.PROGRAM);
            Broker started = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                deleteQuietly(dir);
            }));
        }
        return broker;
    }

    /** A name no other test used: engines, programs, request ids. */
    static String unique(String prefix) {
        return prefix + NAMES.incrementAndGet();
    }

    static JoinReply joinReply(String engineName) {
        Broker running = broker();
        return new JoinReply(engineName, new JoinReply.MqttAccess(running.host(), running.port(),
            new JoinReply.Account(CLUSTER.username(), CLUSTER.password()),
            new JoinReply.Account(PROGRAM.username(), PROGRAM.password())), SNAPSHOT_KEY, HEARTBEAT_MILLIS);
    }

    static Engine engine(String name, BlobStore blobs) {
        return Engine.start(new ClusterAccess(joinReply(name), blobs), new EngineOptions(name, Map.of("zone", "test")));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("colony-engine-test-broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it up eventually
        }
    }
}
