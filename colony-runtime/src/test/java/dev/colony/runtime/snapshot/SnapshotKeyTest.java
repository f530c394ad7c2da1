package dev.colony.runtime.snapshot;

import static dev.colony.runtime.snapshot.SnapshotSamples.header;
import static dev.colony.runtime.snapshot.SnapshotSamples.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotKeyTest {
  private static final String HEX_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

  @TempDir Path home;

  @Test
  void missingKeyFileIsCreatedOwnerOnlyWithItsDirectories() throws IOException {
    Path file = home.resolve("a/b/snapshot.key");

    SnapshotKey created = SnapshotKey.loadOrCreate(file);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    assertThat(Files.readString(file)).matches("[0-9a-f]{64}\n");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).as("no temporary file left behind").containsExactly(file);
    }
    byte[] bytes = new SnapshotCodec(created, SnapshotSamples.RUNTIME).encode(header(), state());
    assertThat(new SnapshotCodec(SnapshotKey.loadOrCreate(file), SnapshotSamples.RUNTIME).decode(bytes).state())
        .isEqualTo(state());
  }

  @Test
  void keyFileReadableByOthersIsRefused() throws IOException {
    Path file = keyFile(HEX_KEY, "rw-r--r--");

    assertThatThrownBy(() -> SnapshotKey.loadOrCreate(file))
        .isInstanceOf(SnapshotException.class)
        .hasMessage("key file " + file + " is accessible by group or others (rw-r--r--); run: chmod 600 " + file);
  }

  @Test
  void keyFileWritableByGroupIsRefused() throws IOException {
    Path file = keyFile(HEX_KEY, "rw--w----");

    assertThatThrownBy(() -> SnapshotKey.loadOrCreate(file))
        .hasMessageContaining("is accessible by group or others (rw--w----)");
  }

  @Test
  void shortOrMalformedKeysAreRefused() throws IOException {
    Path file = keyFile("0011223344", "rw-------");
    Path notHex = keyFile("this is not hex", "rw-------");

    assertThatThrownBy(() -> SnapshotKey.loadOrCreate(file))
        .hasMessage("key file " + file + " holds a 5-byte key; a snapshot key needs at least 32 bytes (64 hex digits)");
    assertThatThrownBy(() -> SnapshotKey.loadOrCreate(notHex))
        .hasMessage("key file " + notHex + " is not a hex-encoded key (expected 64 or more hex digits, "
            + "e.g. from: openssl rand -hex 32)");
    assertThatThrownBy(() -> SnapshotKey.of(new byte[31], "test"))
        .hasMessage("test holds a 31-byte key; a snapshot key needs at least 32 bytes (64 hex digits)");
  }

  @Test
  void environmentVariableWinsOverTheFile() throws IOException {
    SnapshotKey fromEnvironment =
        SnapshotKey.fromEnvironmentOrFile(Map.of("COLONY_SNAPSHOT_KEY", " " + HEX_KEY.toUpperCase() + "\n"), home);
    SnapshotKey same = SnapshotKey.of(HexFormat.of().parseHex(HEX_KEY), "bytes");

    byte[] bytes = new SnapshotCodec(fromEnvironment, SnapshotSamples.RUNTIME).encode(header(), state());

    assertThat(new SnapshotCodec(same, SnapshotSamples.RUNTIME).decode(bytes).state()).isEqualTo(state());
    assertThat(home.resolve(".colony")).doesNotExist();
    assertThat(fromEnvironment).hasToString("SnapshotKey[COLONY_SNAPSHOT_KEY]");
  }

  @Test
  void withoutTheVariableTheDefaultFileUnderHomeIsUsed() {
    SnapshotKey key = SnapshotKey.fromEnvironmentOrFile(Map.of("COLONY_SNAPSHOT_KEY", "  "), home);

    assertThat(home.resolve(".colony/snapshot.key")).isRegularFile();
    assertThat(key).hasToString("SnapshotKey[key file " + home.resolve(".colony/snapshot.key") + "]");
  }

  @Test
  void badEnvironmentKeyIsRefused() {
    assertThatThrownBy(() -> SnapshotKey.fromEnvironmentOrFile(Map.of("COLONY_SNAPSHOT_KEY", "abcd"), home))
        .hasMessage("COLONY_SNAPSHOT_KEY holds a 2-byte key; a snapshot key needs at least 32 bytes (64 hex digits)");
    assertThatThrownBy(() -> SnapshotKey.fromEnvironmentOrFile(
            Map.of("COLONY_SNAPSHOT_KEY", "c2VjcmV0LWJ1dC1ub3QtaGV4LXNlY3JldC1idXQtbm90LWhleA=="), home))
        .hasMessageStartingWith("COLONY_SNAPSHOT_KEY is not a hex-encoded key");
  }

  @Test
  void unreadableKeyFileIsASnapshotException() throws IOException {
    Path directory = Files.createDirectory(home.resolve("snapshot.key"));
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rw-------"));

    assertThatThrownBy(() -> SnapshotKey.loadOrCreate(directory))
        .isInstanceOf(SnapshotException.class)
        .hasMessageStartingWith("cannot read or create key file " + directory + " (");
  }

  @Test
  void randomKeysDifferAndNeverShowThemselves() {
    SnapshotKey first = SnapshotKey.random();
    byte[] bytes = new SnapshotCodec(first, SnapshotSamples.RUNTIME).encode(header(), state());

    assertThat(new SnapshotCodec(first, SnapshotSamples.RUNTIME).decode(bytes).state()).isEqualTo(state());
    assertThatThrownBy(() -> new SnapshotCodec(SnapshotKey.random(), SnapshotSamples.RUNTIME).decode(bytes))
        .hasMessageStartingWith("snapshot signature does not match");
    assertThat(first).hasToString("SnapshotKey[a random key]");
  }

  private Path keyFile(String content, String mode) throws IOException {
    Path file = Files.createTempFile(home, "key", ".hex");
    Files.writeString(file, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    return file;
  }
}
