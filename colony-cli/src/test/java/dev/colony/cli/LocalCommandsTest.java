package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colony local …} as separate processes: outputs, exit codes, and refusals of bad input. */
class LocalCommandsTest {
  @TempDir Path home;

  private static final String COUNTER = """
      let n = 0;
      const t = setInterval(() => {
        n++;
        console.log('tick', n);
        if (n === 6) { clearInterval(t); console.error('done'); }
      }, 30);
      """;

  private ColonyProcess.Result colony(String... args) throws Exception {
    return ColonyProcess.run(home, Map.of(), args);
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(home.resolve(name), content);
  }

  @Test
  void runsAProgramWithConsoleOnStdoutAndStderr() throws Exception {
    var r = colony("local", "run", file("counter.js", COUNTER).toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEqualTo("tick 1\ntick 2\ntick 3\ntick 4\ntick 5\ntick 6\n");
    assertThat(r.stderr()).isEqualTo("done\n");
  }

  @Test
  void theFilesExampleRunsOnAnEmbeddedFileSystemWithNoCluster() throws Exception {
    Path example = Path.of(System.getProperty("user.dir")).resolveSibling("examples").resolve("files.js");
    String expected = "first line\nsecond line ✓\nbytes: 0 1 2 254 255\nfile bytes.bin 5 bytes\nfile log.txt 27 bytes\nmissing: ENOENT\n";
    var r = colony("local", "run", example.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).isEqualTo(expected);
    assertThat(home.resolve(".colony/local/db")).isDirectory();
    var elsewhere = colony("local", "run", example.toString(), "--fs", home.resolve("other").toString());
    assertThat(elsewhere.stdout()).isEqualTo(expected);
    assertThat(home.resolve("other/blobs")).isDirectory();
  }

  @Test
  void snapshotsResumesTwiceInNewProcessesAndLosesNothing() throws Exception {
    Path program = file("counter.js", COUNTER);
    Path first = home.resolve("first.snap");
    Path second = home.resolve("second.snap");
    var run = colony("local", "run", program.toString(), "--snapshot-at", "50", "--snapshot-to", first.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.stderr()).contains("snapshot written to " + first);
    var resumed = colony("local", "resume", first.toString(), "--snapshot-at", "100", "--snapshot-to", second.toString());
    assertThat(resumed.exitCode()).isZero();
    var finished = colony("local", "resume", second.toString());
    assertThat(finished.exitCode()).isZero();
    assertThat(run.stdout() + resumed.stdout() + finished.stdout())
        .isEqualTo("tick 1\ntick 2\ntick 3\ntick 4\ntick 5\ntick 6\n");
    assertThat(run.stdout()).isNotEmpty();
    assertThat(finished.stdout()).isNotEmpty();
    assertThat(finished.stderr()).isEqualTo("done\n");
  }

  @Test
  void describesASnapshotWithoutRunningIt() throws Exception {
    Path snapshot = home.resolve("s.snap");
    colony("local", "run", file("counter.js", COUNTER).toString(), "--snapshot-at", "70", "--snapshot-to", snapshot.toString());
    var r = colony("local", "describe", snapshot.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).contains("generation:    0").contains("captured at:").contains("interval")
        .containsPattern("n +number +\\d");
    assertThat(r.stdout()).doesNotContain("tick");
  }

  @Test
  void refusesAlteredTruncatedForeignAndUnsignedSnapshots() throws Exception {
    Path snapshot = home.resolve("s.snap");
    colony("local", "run", file("counter.js", COUNTER).toString(), "--snapshot-at", "40", "--snapshot-to", snapshot.toString());
    byte[] bytes = Files.readAllBytes(snapshot);

    byte[] altered = bytes.clone();
    altered[bytes.length / 2] ^= 0x40;
    assertRefused(Files.write(home.resolve("altered.snap"), altered), "snapshot signature does not match");
    assertRefused(Files.write(home.resolve("cut.snap"), java.util.Arrays.copyOf(bytes, bytes.length - 7)), "truncated");
    assertRefused(file("random.snap", "not a snapshot at all"), "not a Colony snapshot (bad magic)");
    byte[] unsigned = bytes.clone();
    java.util.Arrays.fill(unsigned, bytes.length - 32, bytes.length, (byte) 0);
    assertRefused(Files.write(home.resolve("unsigned.snap"), unsigned), "unsigned snapshot");

    var otherKey = ColonyProcess.run(home, Map.of("COLONY_SNAPSHOT_KEY", "ab".repeat(32)), "local", "resume", snapshot.toString());
    assertThat(otherKey.exitCode()).isEqualTo(2);
    assertThat(otherKey.stderr()).contains("signature does not match");
    assertThat(otherKey.stdout()).isEmpty();
  }

  private void assertRefused(Path snapshot, String reason) throws Exception {
    var r = colony("local", "resume", snapshot.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).startsWith("colony: bad snapshot: ").contains(reason);
    assertThat(r.stderr().lines()).hasSize(1);
  }

  @Test
  void reportsProgramErrorsWithTheUsersLocation() throws Exception {
    var r = colony("local", "run", file("boom.js", "console.log('start');\nfunction f() {\n  throw new Error('boom');\n}\nsetTimeout(f, 5);\n").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout()).isEqualTo("start\n");
    assertThat(r.stderr()).contains("Error: boom").endsWith("colony: program failed: Uncaught Error: boom (boom.js:3:3)\n");
  }

  @Test
  void refusesBadProgramFilesInOneLine() throws Exception {
    assertOneLineError(colony("local", "run", home.resolve("missing.js").toString()), "program not found: ");
    assertOneLineError(colony("local", "run", file("syntax.js", "let x = ;").toString()), "syntax.js:1:");
    Path binary = Files.write(home.resolve("binary.js"), new byte[] {(byte) 0xC3, 0x28, 0x00});
    assertOneLineError(colony("local", "run", binary.toString()), "is not UTF-8 text");
    Path huge = home.resolve("huge.js");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength((256L << 20) + 1);
    }
    assertOneLineError(colony("local", "run", huge.toString()), "is too large");
    assertOneLineError(colony("local", "run", home.toString()), "program not found");
  }

  @Test
  void refusesBadUsageWithHelp() throws Exception {
    var r = colony("local", "run", file("a.js", "").toString(), "--snapshot-at", "5");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("--snapshot-at and --snapshot-to go together");
    var negative = colony("local", "run", file("b.js", "").toString(), "--snapshot-at", "-1", "--snapshot-to", "x");
    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(colony("local", "frobnicate").exitCode()).isEqualTo(2);
    var help = colony("local", "run", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.stdout()).contains("--snapshot-at=MS").contains("Exit codes:");
  }

  private static void assertOneLineError(ColonyProcess.Result r, String expected) {
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).startsWith("colony: ").contains(expected);
    assertThat(r.stderr().lines()).hasSize(1);
  }
}
