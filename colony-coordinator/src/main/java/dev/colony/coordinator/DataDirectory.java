package dev.colony.coordinator;

import dev.colony.protocol.JoinReply;
import dev.colony.protocol.JsonCodec;
import dev.colony.runtime.snapshot.SnapshotKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** The coordinator's files (docs/cluster.md, "Data directory"): secrets created once and reused. */
final class DataDirectory {

    private final Path root;

    DataDirectory(Path root) {
        this.root = root.toAbsolutePath();
        try {
            if (Files.notExists(this.root)) {
                Files.createDirectories(this.root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + this.root + ": " + e.getMessage(), e);
        }
    }

    Path adminTokenFile() {
        return root.resolve("admin.token");
    }

    String adminToken() {
        return Secrets.loadOrCreate(adminTokenFile());
    }

    String clusterToken() {
        return Secrets.loadOrCreate(root.resolve("cluster.token"));
    }

    /** The snapshot key as hex, for engines that join; created (mode 600) and checked by {@link SnapshotKey}. */
    String snapshotKeyHex() {
        Path file = root.resolve("snapshot.key");
        SnapshotKey.loadOrCreate(file);
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    Path brokerDir() {
        return root.resolve("broker");
    }

    Path logsDir() {
        return root.resolve("logs");
    }

    Path mqttProgramFile() {
        return root.resolve("mqtt-program.properties");
    }

    /**
     * {@code mqtt-program.properties} (mode 600): the broker and the programs' account, so that outside
     * MQTT clients can talk to programs on {@code user/…}. Rewritten at each start: the embedded
     * broker's passwords are made up at each start.
     */
    void writeMqttProgramAccess(JoinReply.MqttAccess access) {
        Secrets.writeOwnerOnly(mqttProgramFile(), String.join("\n",
            "# The MQTT broker and the account of Colony's programs: it reaches user/# only (rewritten at each start)",
            "host=" + access.host(),
            "port=" + access.port(),
            "username=" + access.program().username(),
            "password=" + access.program().password(),
            ""));
    }

    /** {@code coordinator.json}, so the CLI finds a local coordinator. */
    void writeUrl(URI url, JsonCodec codec) {
        Path file = root.resolve("coordinator.json");
        try {
            Files.write(file, codec.encode(Map.of("url", url.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
