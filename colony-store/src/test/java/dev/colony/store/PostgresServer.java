package dev.colony.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL from Debian's package, started once per test JVM on loopback in a temporary
 * directory (initdb with trust authentication, then pg_ctl) and stopped when the JVM exits. Each
 * test takes a fresh database from {@link #newDatabase()}.
 */
public final class PostgresServer {

    private static final Path BINARIES = findBinaries();
    private static PostgresServer shared;

    private final Path dataDir;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Whether PostgreSQL is installed; tests skip their PostgreSQL cases when it is not. */
    public static boolean installed() {
        return BINARIES != null;
    }

    public static final String NOT_INSTALLED =
            "PostgreSQL is not installed (apt-get install postgresql; .ci/run does): PostgreSQL cases skipped";

    /** The server of this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** A new empty database, as a URL {@link Database#open} takes. */
    public String newDatabase() {
        String name = "colony_test_" + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return "postgresql://postgres@127.0.0.1:" + port + "/" + name;
    }

    public int port() {
        return port;
    }

    private static PostgresServer start() {
        if (BINARIES == null) {
            throw new IllegalStateException(NOT_INSTALLED);
        }
        try {
            Path dataDir = Files.createTempDirectory("colony-pg");
            run(List.of("chown", "-R", "postgres", dataDir.toString()), true);
            run(List.of(BINARIES.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "--locale=C", "-E", "UTF8",
                    "-D", dataDir.resolve("data").toString()), false);
            int port = freePort();
            run(List.of(BINARIES.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(), "-w", "-l",
                    dataDir.resolve("log").toString(), "-o",
                    "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c max_connections=200", "start"), false);
            return new PostgresServer(dataDir, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        }
    }

    private void stop() {
        try {
            run(List.of(BINARIES.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(), "-m", "immediate", "stop"), false);
            run(List.of("rm", "-rf", dataDir.toString()), true);
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL in " + dataDir + " did not stop: " + e.getMessage());
        }
    }

    /** Runs a command as the postgres user when this JVM runs as root (PostgreSQL refuses root). */
    private static void run(List<String> command, boolean asIs) throws IOException {
        List<String> full = new ArrayList<>();
        if (!asIs && "root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path findBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (var versions = Files.list(root)) {
            Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max((a, b) -> Integer.compare(major(a), major(b)));
            return newest.orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
