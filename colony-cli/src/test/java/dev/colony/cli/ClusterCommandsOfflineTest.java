package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster commands' behaviour before any coordinator answers: usage, settings, input files, outages. */
class ClusterCommandsOfflineTest {
  @TempDir Path home;

  private InProcessColony.Result colony(String... args) {
    return new InProcessColony(Map.of(), home).run(args);
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void assertUsage(InProcessColony.Result r, String message, String command) {
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).startsWith("colony: ").contains(message)
        .endsWith("Try '" + command + " --help' for more information.\n");
  }

  private static void assertOneLine(InProcessColony.Result r, int exitCode, String message) {
    assertThat(r.exitCode()).isEqualTo(exitCode);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).isEqualTo("colony: " + message + "\n");
  }

  @Test
  void badUsageExitsTwoWithAHintToHelp() {
    assertUsage(colony(), "missing command", "colony");
    assertUsage(colony("ps", "--frobnicate"), "Unknown option: '--frobnicate'", "colony ps");
    assertUsage(colony("migrate", "counter"), "Missing required option: '--to=ENGINE'", "colony migrate");
    assertUsage(colony("pause"), "Missing required parameter: 'PROGRAM'", "colony pause");
    assertUsage(colony("up", "--port", "http"), "Invalid value for option '--port'", "colony up");
    assertUsage(colony("up", "--port", "70000"), "--port must be 0-65535: 70000", "colony up");
    assertUsage(colony("up", "--engines", "-1"), "--engines must be 0 or more", "colony up");
    assertOneLine(colony("ps", "--coordinator", "localhost:8080", "--token", "t"), 2,
        "--coordinator: 'localhost:8080' is not a coordinator URL like http://127.0.0.1:8080");
  }

  @Test
  void anUnreachableCoordinatorExitsFour() throws Exception {
    String url = "http://127.0.0.1:" + closedPort();
    assertOneLine(colony("ps", "--coordinator", url, "--token", "t"), 4,
        "cannot reach the coordinator at " + url + ": connection refused");
    var fromEnv = new InProcessColony(Map.of("COLONY_URL", url, "COLONY_TOKEN", "t"), home).run("engines");
    assertOneLine(fromEnv, 4, "cannot reach the coordinator at " + url + ": connection refused");
  }

  @Test
  void theCoordinatorOfALocalDataDirectoryIsFound() throws Exception {
    String url = "http://127.0.0.1:" + closedPort();
    Path data = Files.createDirectories(home.resolve("data"));
    Files.writeString(data.resolve("coordinator.json"), "{\"url\":\"" + url + "\"}");
    Files.writeString(data.resolve("admin.token"), "t");
    assertOneLine(colony("logs", "counter", "--data", data.toString()), 4, "cannot reach the coordinator at " + url + ": connection refused");
  }

  @Test
  void aMissingAdminTokenExitsFourSayingWhereItLooked() {
    assertOneLine(colony("kill", "counter"), 4, "no admin token found: looked at --token, $COLONY_TOKEN and "
        + home.resolve(".colony/data/admin.token") + " (start a coordinator with 'colony up' or pass --token)");
  }

  @Test
  void anEngineWithoutClusterTokenExitsFour() {
    var r = colony("engine", "--coordinator", "http://127.0.0.1:1", "--name", "e1");
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.stderr()).startsWith("colony: no cluster token found: looked at --cluster-token, $COLONY_CLUSTER_TOKEN and ");
  }

  @Test
  void anEngineWithoutCoordinatorExitsFourNamingItOnce() throws Exception {
    String url = "http://127.0.0.1:" + closedPort();
    assertOneLine(colony("engine", "--coordinator", url, "--name", "e1", "--cluster-token", "t"), 4,
        "engine e1 cannot join: cannot reach the coordinator at " + url + ": connection refused");
  }

  @Test
  void malformedLabelsAndNamesAreUsageErrors() {
    assertUsage(colony("engine", "--labels", "zone"), "--labels: 'zone' is not key=value", "colony engine");
    assertUsage(colony("engine", "--labels", "zone=a,,gpu=no"), "--labels: '' is not key=value", "colony engine");
    assertUsage(colony("engine", "--labels", "zone=a,zone=b"), "--labels: label 'zone' is given twice", "colony engine");
    assertUsage(colony("engine", "--labels", "=a"), "--labels: '=a' is not key=value", "colony engine");
    assertUsage(colony("engine", "--labels", "k=v w"), "--labels: 'k=v w' is not key=value", "colony engine");
    assertUsage(colony("engine", "--name", "a/b"), "--name: id 'a/b' must be", "colony engine");
  }

  @Test
  void anExternalBrokerNeedsItsCredentials() throws Exception {
    assertUsage(colony("up", "--mqtt", "tcp://127.0.0.1:1883"), "--mqtt needs --mqtt-credentials FILE", "colony up");
    assertUsage(colony("up", "--mqtt-credentials", "creds.properties"), "--mqtt-credentials goes with --mqtt", "colony up");
    assertUsage(colony("up", "--mqtt", "http://127.0.0.1:1883", "--mqtt-credentials", "x"), "--mqtt must be tcp://HOST:PORT", "colony up");
    Path missing = home.resolve("none.properties");
    assertOneLine(colony("up", "--mqtt", "tcp://127.0.0.1:1883", "--mqtt-credentials", missing.toString()), 2,
        "MQTT credentials file not found: " + missing);
    Path partial = Files.writeString(home.resolve("creds.properties"),
        "cluster.username=colony\ncluster.password=secret\nprogram.username=programs\n");
    assertOneLine(colony("up", "--mqtt", "tcp://127.0.0.1:1883", "--mqtt-credentials", partial.toString()), 2,
        "MQTT credentials file " + partial + " has no program.password");
  }

  @Test
  void credentialsFilesGiveBothAccounts() throws Exception {
    Path file = Files.writeString(home.resolve("creds.properties"),
        "# broker accounts\ncluster.username = colony\ncluster.password = s3cret\nprogram.username=programs\nprogram.password=p=w\n");
    MqttCredentials credentials = MqttCredentials.read(file);
    assertThat(credentials.cluster().username()).isEqualTo("colony");
    assertThat(credentials.cluster().password()).isEqualTo("s3cret");
    assertThat(credentials.program().username()).isEqualTo("programs");
    assertThat(credentials.program().password()).isEqualTo("p=w");
  }

  @Test
  void programFilesThatCannotBeDeployedAreRefusedBeforeAnyCall() throws Exception {
    String[] cluster = {"--coordinator", "http://127.0.0.1:" + closedPort(), "--token", "t"};
    Path missing = home.resolve("missing.js");
    assertOneLine(colony(args("run", missing.toString(), cluster)), 2, "program not found: " + missing);
    assertOneLine(colony(args("run", home.toString(), cluster)), 2, "program not found: " + home);
    Path binary = Files.write(home.resolve("binary.js"), new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF});
    assertOneLine(colony(args("run", binary.toString(), cluster)), 2, "program " + binary + " is not UTF-8 text");
    Path big = home.resolve("big.js");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(2L << 20);
    }
    assertOneLine(colony(args("run", big.toString(), cluster)), 2,
        "program " + big + " is too large (2097152 bytes; the limit is 1048576)");
  }

  private static String[] args(String command, String file, String[] cluster) {
    String[] all = new String[2 + cluster.length];
    all[0] = command;
    all[1] = file;
    System.arraycopy(cluster, 0, all, 2, cluster.length);
    return all;
  }

  @Test
  void everyCommandHasHelpWithItsExitCodes() {
    var root = colony("--help");
    assertThat(root.exitCode()).isZero();
    assertThat(root.stdout()).contains("up", "engine", "engines", "run", "ps", "logs", "pause", "resume", "kill", "migrate");
    for (String command : new String[] {"engines", "run", "ps", "logs", "pause", "resume", "kill", "migrate"}) {
      var help = colony(command, "--help");
      assertThat(help.exitCode()).isZero();
      assertThat(help.stdout()).contains("--coordinator=URL", "--token=TOKEN", "--data=DIR", "Exit codes:",
          "4   cannot reach the coordinator");
    }
    assertThat(colony("up", "--help").stdout()).contains("--mqtt-credentials=FILE", "default: 8080", "Exit codes:");
    assertThat(colony("engine", "--help").stdout()).contains("--labels=k=v,...", "--cluster-token=TOKEN", "--coordinator=URL",
        "--data=DIR");
    assertThat(colony("logs", "--help").stdout()).contains("-f, --follow");
    assertThat(colony("pause", "--help").stdout()).startsWith("Usage: colony pause ").contains("Pause PROGRAM: it keeps its state");
    assertThat(colony("resume", "--help").stdout()).contains("Resume a paused PROGRAM.");
    assertThat(colony("kill", "--help").stdout()).contains("Stop PROGRAM for good.");
  }
}
