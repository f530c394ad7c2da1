package dev.colony.pubsub;

import dev.colony.pubsub.internal.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * An external Mosquitto (Debian package {@code mosquitto}) on a free loopback port, configured as
 * Colony needs any external broker to be: no anonymous clients, a password file, an ACL file
 * granting each {@link Role}'s filters, and a queue limit above the default 1000.
 */
public final class MosquittoBroker implements BrokerUnderTest {

    public static final Path BINARY = Path.of("/usr/sbin/mosquitto");
    private static final Path PASSWD = Path.of("/usr/bin/mosquitto_passwd");

    private final Process process;
    private final int port;
    private final Credentials cluster;
    private final Credentials program;

    private MosquittoBroker(Process process, int port, Credentials cluster, Credentials program) {
        this.process = process;
        this.port = port;
        this.cluster = cluster;
        this.program = program;
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(PASSWD);
    }

    /** A broker in {@code dir} (created if missing) with a cluster and a program account of random passwords. */
    public static MosquittoBroker startWithNewAccounts(Path dir, int maxQueuedMessages) {
        try {
            return start(Files.createDirectories(dir), new Credentials("cluster", UUID.randomUUID().toString()),
                new Credentials("programs", UUID.randomUUID().toString()), maxQueuedMessages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    public static MosquittoBroker start(Path dir, Credentials cluster, Credentials program, int maxQueuedMessages) {
        try {
            Path passwords = dir.resolve("passwd");
            run(PASSWD.toString(), "-b", "-c", passwords.toString(), cluster.username(), cluster.password());
            run(PASSWD.toString(), "-b", passwords.toString(), program.username(), program.password());
            Path acl = Files.writeString(dir.resolve("acl"), aclFor(cluster, Role.CLUSTER) + aclFor(program, Role.PROGRAM));
            int port = FreePorts.pick();
            Path config = Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n",
                "listener " + port + " 127.0.0.1",
                "set_tcp_nodelay true", // without it every QoS 1 round trip waits ~40 ms for delayed ACKs
                "allow_anonymous false",
                "password_file " + passwords,
                "acl_file " + acl,
                "user " + System.getProperty("user.name"), // as root: keep root, which can read these files
                "persistence false",
                "max_queued_messages " + maxQueuedMessages,
                "log_type error",
                "log_type warning",
                "log_dest stderr",
                ""));
            Process process = new ProcessBuilder(BINARY.toString(), "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("mosquitto.log").toFile())
                .start();
            awaitListening(process, port, dir.resolve("mosquitto.log"));
            return new MosquittoBroker(process, port, cluster, program);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start mosquitto", e);
        }
    }

    private static String aclFor(Credentials credentials, Role role) {
        StringBuilder acl = new StringBuilder("user ").append(credentials.username()).append('\n');
        role.topicFilters().forEach(filter -> acl.append("topic readwrite ").append(filter).append('\n'));
        return acl.append('\n').toString();
    }

    private static void run(String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException(List.of(command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void awaitListening(Process process, int port, Path log) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited: " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(20);
            }
        }
        process.destroyForcibly();
        throw new IOException("mosquitto did not listen on port " + port + " within 10 s: " + Files.readString(log));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public Credentials cluster() {
        return cluster;
    }

    @Override
    public Credentials program() {
        return program;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
