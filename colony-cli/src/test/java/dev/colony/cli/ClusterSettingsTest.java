package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where cluster commands find the coordinator and tokens: flag, then environment, then data directory, then default. */
class ClusterSettingsTest {
  @TempDir Path home;

  private ClusterSettings settings(Map<String, String> env, Path dataFlag) {
    return new ClusterSettings(new CliContext(env, home, Clock.systemUTC()), dataFlag);
  }

  private Path defaultData() throws Exception {
    return Files.createDirectories(home.resolve(".colony/data"));
  }

  @Test
  void coordinatorComesFromFlagThenEnvironmentThenDataDirectoryThenDefault() throws Exception {
    assertThat(settings(Map.of(), null).coordinator(null)).isEqualTo(URI.create("http://127.0.0.1:8080"));
    Files.writeString(defaultData().resolve("coordinator.json"), "{\"url\": \"http://127.0.0.1:9001\"}");
    assertThat(settings(Map.of(), null).coordinator(null)).isEqualTo(URI.create("http://127.0.0.1:9001"));
    Map<String, String> env = Map.of("COLONY_URL", "http://10.0.0.2:8080");
    assertThat(settings(env, null).coordinator(null)).isEqualTo(URI.create("http://10.0.0.2:8080"));
    assertThat(settings(env, null).coordinator("https://colony.example:443")).isEqualTo(URI.create("https://colony.example:443"));
    assertThat(settings(Map.of("COLONY_URL", "  "), null).coordinator(null)).isEqualTo(URI.create("http://127.0.0.1:9001"));
  }

  @Test
  void dataFlagReplacesTheDefaultDirectory() throws Exception {
    Path other = Files.createDirectories(home.resolve("elsewhere"));
    Files.writeString(other.resolve("coordinator.json"), "{\"url\": \"http://127.0.0.1:9002\"}");
    Files.writeString(other.resolve("admin.token"), "admin-from-flag-dir\n");
    Files.writeString(other.resolve("cluster.token"), "cluster-from-flag-dir\n");
    Files.writeString(defaultData().resolve("admin.token"), "admin-from-home");
    ClusterSettings settings = settings(Map.of(), other);
    assertThat(settings.dataDir()).isEqualTo(other);
    assertThat(settings.coordinator(null)).isEqualTo(URI.create("http://127.0.0.1:9002"));
    assertThat(settings.adminToken(null)).isEqualTo("admin-from-flag-dir");
    assertThat(settings.clusterToken(null)).isEqualTo("cluster-from-flag-dir");
  }

  @Test
  void tokensComeFromFlagThenEnvironmentThenFile() throws Exception {
    Files.writeString(defaultData().resolve("admin.token"), "from-file\n");
    Files.writeString(defaultData().resolve("cluster.token"), "cluster-file");
    assertThat(settings(Map.of(), null).adminToken(null)).isEqualTo("from-file");
    Map<String, String> env = Map.of("COLONY_TOKEN", "from-env", "COLONY_CLUSTER_TOKEN", "cluster-env");
    assertThat(settings(env, null).adminToken(null)).isEqualTo("from-env");
    assertThat(settings(env, null).adminToken("from-flag")).isEqualTo("from-flag");
    assertThat(settings(Map.of(), null).clusterToken(null)).isEqualTo("cluster-file");
    assertThat(settings(env, null).clusterToken(null)).isEqualTo("cluster-env");
    assertThat(settings(env, null).clusterToken("cluster-flag")).isEqualTo("cluster-flag");
  }

  @Test
  void aMissingTokenSaysWhereItLooked() {
    var admin = catchThrowableOfType(CliFailure.class, () -> settings(Map.of(), null).adminToken(null));
    assertThat(admin.exitCode()).isEqualTo(4);
    assertThat(admin.getMessage()).isEqualTo("no admin token found: looked at --token, $COLONY_TOKEN and "
        + home.resolve(".colony/data/admin.token") + " (start a coordinator with 'colony up' or pass --token)");
    var cluster = catchThrowableOfType(CliFailure.class, () -> settings(Map.of(), null).clusterToken(null));
    assertThat(cluster.getMessage()).startsWith("no cluster token found: looked at --cluster-token, $COLONY_CLUSTER_TOKEN and "
        + home.resolve(".colony/data/cluster.token"));
  }

  @Test
  void anEmptyTokenFileIsNoToken() throws Exception {
    Files.writeString(defaultData().resolve("admin.token"), " \n");
    var e = catchThrowableOfType(CliFailure.class, () -> settings(Map.of(), null).adminToken(null));
    assertThat(e.exitCode()).isEqualTo(4);
    assertThat(e.getMessage()).isEqualTo("admin token file " + home.resolve(".colony/data/admin.token") + " is empty");
  }

  @Test
  void badUrlsAreUsageErrorsNamingTheirSource() throws Exception {
    assertBadUrl(() -> settings(Map.of(), null).coordinator("localhost:8080"), "--coordinator: 'localhost:8080'");
    assertBadUrl(() -> settings(Map.of("COLONY_URL", "ftp://x:1"), null).coordinator(null), "COLONY_URL: 'ftp://x:1'");
    assertBadUrl(() -> settings(Map.of(), null).coordinator("http://h:1/?x=1"), "--coordinator");
    assertBadUrl(() -> settings(Map.of(), null).coordinator("http://bad host"), "--coordinator");
    Path file = defaultData().resolve("coordinator.json");
    Files.writeString(file, "{\"url\": 8080}");
    assertBadUrl(() -> settings(Map.of(), null).coordinator(null), file + " has no \"url\" text field");
    Files.writeString(file, "{\"url\": ");
    assertBadUrl(() -> settings(Map.of(), null).coordinator(null), file + " is not JSON");
    Files.write(file, new byte[100_000]);
    assertBadUrl(() -> settings(Map.of(), null).coordinator(null), file + " is too large");
  }

  private static void assertBadUrl(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
    var e = catchThrowableOfType(CliFailure.class, call);
    assertThat(e.exitCode()).isEqualTo(2);
    assertThat(e.getMessage()).contains(message).doesNotContain("\n");
  }
}
