package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.coordinator.Coordinator;
import dev.colony.coordinator.CoordinatorOptions;
import dev.colony.gfs.fs.FsPath;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.api.FileView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code colony fs …} end to end against a real coordinator (no engines): outputs, files, bad input and exit codes. */
@Timeout(120)
class FsCommandsTest {
  private static final JsonCodec JSON = new JsonCodec(16 << 20);

  @TempDir static Path home;
  private static Coordinator coordinator;
  private static InProcessColony colony;

  @BeforeAll
  static void startCoordinator() {
    coordinator = Coordinator.start(CoordinatorOptions.defaults(home.resolve("data")).withHttpPort(0).withMqttPort(0).withEngines(0));
    colony = new InProcessColony(Map.of("COLONY_URL", coordinator.url().toString(), "COLONY_TOKEN", coordinator.adminToken()), home);
  }

  @AfterAll
  static void stopCoordinator() {
    if (coordinator != null) {
      coordinator.close();
    }
  }

  private static InProcessColony.Result ok(String... args) {
    var r = colony.run(args);
    assertThat(r.exitCode()).as("colony %s: %s", String.join(" ", args), r.stderr()).isZero();
    return r;
  }

  private static void fails(int exitCode, String stderrStart, String... args) {
    var r = colony.run(args);
    assertThat(r.exitCode()).as("colony %s: %s", String.join(" ", args), r.stderr()).isEqualTo(exitCode);
    assertThat(r.stderr()).startsWith(stderrStart).hasLineCount(1);
  }

  @Test
  void putLsStatCatGetAppendAndRemove() throws Exception {
    ok("fs", "mkdir", "/docs");
    Path local = Files.writeString(home.resolve("notes.txt"), "héllo\n");
    assertThat(ok("fs", "put", local.toString(), "/docs/").stdout()).matches("wrote /docs/notes\\.txt: 7 B, version \\d+\n");
    assertThat(ok("fs", "append", "/docs/notes.txt", local.toString()).stdout())
        .matches("appended to /docs/notes\\.txt: 14 B, version \\d+\n");
    ok("fs", "mkdir", "docs/sub/deeper", "-p");

    assertThat(ok("fs", "ls", "/docs").stdout()).isEqualTo("notes.txt\nsub/\n");
    assertThat(ok("fs", "ls", "/docs", "-l").stdout())
        .startsWith("KIND  SIZE  VERSION  MODIFIED")
        .containsPattern("\nfile  14 +\\d+ +\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ +notes\\.txt\n")
        .containsPattern("\ndir +0 +\\d+ .* sub/\n");
    FileView[] listed = JSON.decode(bytes(ok("fs", "ls", "/docs", "--json").stdout()), FileView[].class);
    assertThat(listed).extracting(FileView::path).containsExactly("/docs/notes.txt", "/docs/sub");
    assertThat(ok("fs", "ls", "/docs/notes.txt").stdout()).isEqualTo("notes.txt\n");

    assertThat(ok("fs", "stat", "/docs/notes.txt").stdout()).startsWith("path      /docs/notes.txt\nkind      file\nsize      14\n")
        .contains("version   " + listed[0].version() + "\n").contains("\nmodified  ").contains("\nchanged   ");
    FileView stat = JSON.decode(bytes(ok("fs", "stat", "/docs/notes.txt", "--json").stdout()), FileView.class);
    assertThat(stat).isEqualTo(listed[0]);

    assertThat(ok("fs", "cat", "/docs/notes.txt").stdout()).isEqualTo("héllo\nhéllo\n");
    Path got = home.resolve("got.txt");
    ok("fs", "get", "/docs/notes.txt", got.toString());
    assertThat(Files.readString(got)).isEqualTo("héllo\nhéllo\n");
    Path intoDirectory = Files.createDirectories(home.resolve("downloads"));
    ok("fs", "get", "/docs/notes.txt", intoDirectory.toString());
    assertThat(intoDirectory.resolve("notes.txt")).hasContent("héllo\nhéllo\n");
    assertThat(intoDirectory.toFile().list()).containsExactly("notes.txt");
    assertThat(ok("fs", "get", "/docs/notes.txt", "-").stdout()).isEqualTo("héllo\nhéllo\n");

    assertThat(ok("fs", "cp", "/docs/notes.txt", "/docs/copy.txt").stdout()).isEqualTo("copied /docs/notes.txt → /docs/copy.txt: 14 B\n");
    assertThat(ok("fs", "mv", "/docs/copy.txt", "/docs/sub/moved.txt").stdout())
        .isEqualTo("moved /docs/copy.txt → /docs/sub/moved.txt\n");
    assertThat(ok("fs", "cat", "/docs/sub/moved.txt").stdout()).isEqualTo("héllo\nhéllo\n");

    fails(1, "colony: directory-not-empty: ", "fs", "rm", "/docs");
    assertThat(ok("fs", "rm", "/docs/notes.txt").stdout()).isEqualTo("removed /docs/notes.txt\n");
    assertThat(ok("fs", "rm", "-r", "/docs").stdout()).isEqualTo("removed /docs\n");
    assertThat(coordinator.fileSystem().find(FsPath.parse("/docs"))).isEmpty();
  }

  @Test
  void binaryBytesRoundTripThroughStdinAndStdout() {
    byte[] bytes = new byte[300_000];
    new Random(5).nextBytes(bytes);
    var put = colony.runWithInput(bytes, "fs", "put", "-", "/bin/blob", "--quiet");
    assertThat(put.exitCode()).as(put.stderr()).isEqualTo(1); // no /bin yet
    assertThat(put.stderr()).startsWith("colony: no-such-file: ");
    ok("fs", "mkdir", "/bin");
    var written = colony.runWithInput(bytes, "fs", "put", "-", "/bin/blob");
    assertThat(written.exitCode()).as(written.stderr()).isZero();
    assertThat(written.stderr()).isEmpty(); // no bar: small, and stderr is no terminal
    assertThat(ok("fs", "cat", "/bin/blob").stdoutBytes()).isEqualTo(bytes);
    var appended = colony.runWithInput(new byte[] {0, 1, 2}, "fs", "append", "/bin/blob");
    assertThat(appended.exitCode()).isZero();
    assertThat(coordinator.fileSystem().stat(FsPath.parse("/bin/blob")).size()).isEqualTo(bytes.length + 3);
  }

  @Test
  void conditionalPutsAndTheProgressBar() throws Exception {
    ok("fs", "mkdir", "/cond");
    Path local = Files.writeString(home.resolve("v.txt"), "v1");
    ok("fs", "put", local.toString(), "/cond/v", "--create-only");
    fails(1, "colony: file-exists: ", "fs", "put", local.toString(), "/cond/v", "--create-only");
    long version = JSON.decode(bytes(ok("fs", "stat", "/cond/v", "--json").stdout()), FileView.class).version();
    fails(1, "colony: version-mismatch: ", "fs", "put", local.toString(), "/cond/v", "--if-version", Long.toString(version - 1));
    var put = ok("fs", "put", local.toString(), "/cond/v", "--if-version", Long.toString(version), "--progress");
    assertThat(put.stderr()).contains("[##############################] 100%").contains("MiB/s").endsWith("\n");
    var get = ok("fs", "get", "/cond/v", home.resolve("v-back.txt").toString(), "--progress");
    assertThat(get.stderr()).contains("100%  2 B / 2 B");
    assertThat(ok("fs", "get", "/cond/v", home.resolve("quiet.txt").toString(), "--quiet").stderr()).isEmpty();
  }

  @Test
  void badInputAndRefusalsExitWithOneLine() {
    fails(1, "colony: no-such-file: ", "fs", "cat", "/nothing/here");
    fails(1, "colony: no-such-file: ", "fs", "stat", "/nothing");
    fails(1, "colony: no-such-file: ", "fs", "get", "/nothing", home.resolve("never").toString());
    assertThat(home.resolve("never")).doesNotExist();
    assertThat(home.toFile().list((dir, name) -> name.endsWith(".part"))).isEmpty();
    fails(2, "colony: invalid-path: ", "fs", "ls", "/../..");
    fails(2, "colony: invalid-path: ", "fs", "mkdir", "/" + "n".repeat(256));
    fails(2, "colony: invalid-path: ", "fs", "mkdir", "/bad\u0001name");
    fails(2, "colony: no such file: ", "fs", "put", home.resolve("missing.txt").toString(), "/x");
    fails(2, "colony: a directory, not a file: ", "fs", "put", home.toString(), "/x");
    fails(2, "colony: --if-version and --create-only exclude each other", "fs", "put", "-", "/x", "--if-version", "1", "--create-only");
    fails(2, "colony: name the file", "fs", "put", "-", "/dir/");
    fails(1, "colony: is-a-directory: ", "fs", "cat", "/");
    fails(2, "colony: / is a directory", "fs", "get", "/", home.resolve("root").toString());
    for (String[] usage : new String[][] {{"fs", "frobnicate"}, {"fs"}, {"fs", "mv", "/only-one"}, {"fs", "put", "x"}}) {
      var r = colony.run(usage);
      assertThat(r.exitCode()).as(String.join(" ", usage)).isEqualTo(2);
      assertThat(r.stderr()).startsWith("colony: ").contains("--help");
    }

    var wrongToken = colony.run("fs", "ls", "/", "--token", "wrong");
    assertThat(wrongToken.exitCode()).isEqualTo(1);
    assertThat(wrongToken.stderr()).startsWith("colony: the coordinator refused the admin token");
    var nowhere = colony.run("fs", "ls", "/", "--coordinator", "http://127.0.0.1:9");
    assertThat(nowhere.exitCode()).isEqualTo(4);
    assertThat(nowhere.stderr()).startsWith("colony: cannot reach the coordinator at http://127.0.0.1:9");
  }

  private static byte[] bytes(String text) {
    return text.strip().getBytes(StandardCharsets.UTF_8);
  }
}
