package dev.colony.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.protocol.JoinReply;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.ProgramStatus;
import dev.colony.protocol.Topics;
import dev.colony.protocol.api.LogPage;
import dev.colony.pubsub.Broker;
import dev.colony.pubsub.BrokerOptions;
import dev.colony.pubsub.Credentials;
import dev.colony.pubsub.Role;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coordinator starts on one data directory, against one broker the test runs (the coordinator's
 * external-broker mode, which spares a second HiveMQ start): secrets are reused, programs come back
 * from their retained status, logs from their files.
 */
class CoordinatorRestartTest {

    @Test
    void secretsProgramsAndLogsSurviveARestart(@TempDir Path dataDir, @TempDir Path brokerDir) throws Exception {
        JoinReply.Account cluster = new JoinReply.Account("cluster", "cluster-secret");
        JoinReply.Account program = new JoinReply.Account("program", "program-secret");
        try (Broker broker = Broker.start(BrokerOptions.defaults(brokerDir, new Credentials("cluster", "cluster-secret")).withPort(0))) {
            broker.accounts().grant(new Credentials("program", "program-secret"), Role.PROGRAM);
            CoordinatorOptions options = CoordinatorOptions.defaults(dataDir).withHttpPort(0).withEngines(0)
                .withExternalMqtt(URI.create("tcp://127.0.0.1:" + broker.port()), cluster, program);
            String admin;
            String clusterToken;
            String key;
            try (Coordinator first = Coordinator.start(options)) {
                admin = first.adminToken();
                clusterToken = first.clusterToken();
                key = Files.readString(dataDir.resolve("snapshot.key"));
                Http http = new Http(first.url());
                JoinReply join = CoordinatorApiTest.JSON.decode(
                    http.postJson("/api/cluster/join", clusterToken, "{\"name\": \"e1\"}").bytes(), JoinReply.class);
                assertThat(join.mqtt().port()).isEqualTo(broker.port());
                assertThat(join.mqtt().program()).isEqualTo(program);
                try (ScriptedEngine engine = new ScriptedEngine(join.mqtt(), "e1", request -> null)) {
                    engine.publish(Topics.programStatus("p-kept"), new ProgramStatus("p-kept", "kept", "e1", ProgramState.PAUSED, 2, 1), true);
                    engine.publish(Topics.programLogs("p-kept"), new LogLine("p-kept", 1, "stdout", "before the restart", 2, 1), false);
                }
                Eventually.until("the line is stored", () -> http.get("/api/programs/kept/logs", admin).body().contains("before the restart"));
            }
            try (Coordinator second = Coordinator.start(options)) {
                assertThat(second.adminToken()).isEqualTo(admin);
                assertThat(second.clusterToken()).isEqualTo(clusterToken);
                assertThat(Files.readString(dataDir.resolve("snapshot.key"))).isEqualTo(key);
                for (String file : List.of("admin.token", "cluster.token", "snapshot.key")) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(file)))).isEqualTo("rw-------");
                }
                Http http = new Http(second.url());
                Eventually.until("p-kept is known again", () -> http.get("/api/programs/kept", admin).status() == 200);
                LogPage page = CoordinatorApiTest.JSON.decode(http.get("/api/programs/p-kept/logs", admin).bytes(), LogPage.class);
                assertThat(page.lines()).extracting(LogLine::text).containsExactly("before the restart");
                assertThat(http.get("/api/engines", admin + "x").status()).isEqualTo(401);
            }
        }
    }

    @Test
    void aTokenFileOthersCanReadIsRefused(@TempDir Path dataDir) throws Exception {
        Path token = dataDir.resolve("admin.token");
        Files.writeString(token, "secret\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Coordinator.start(CoordinatorOptions.defaults(dataDir).withHttpPort(0)
                .withMqttPort(0).withEngines(0)))
            .hasMessageContaining("chmod 600");
    }
}
