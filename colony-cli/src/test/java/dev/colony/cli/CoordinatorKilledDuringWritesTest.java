package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.client.HttpGlobalFileSystem;
import dev.colony.gfs.fs.FileStat;
import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.GlobalFileSystem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator killed with -9 while four REST clients write and append: after a restart on the
 * same data directory every acknowledged write is there, and nothing half-written is visible.
 */
@Tag("slow")
@Timeout(300)
class CoordinatorKilledDuringWritesTest {
  private static final int WRITERS = 4;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedWriteSurvivesAKillAndARestart() throws Exception {
    Path data = dir.resolve("data");
    AtomicInteger[] acknowledged = new AtomicInteger[WRITERS];
    try (UpProcess up = UpProcess.start(dir, data, List.of())) {
      GlobalFileSystem fs = HttpGlobalFileSystem.connect(up.url(), token(data));
      ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        AtomicInteger acks = acknowledged[w] = new AtomicInteger();
        int writer = w;
        writers.add(pool.submit(() -> write(fs, writer, acks)));
      }
      while (total(acknowledged) < 150) {
        Thread.sleep(20);
      }
      up.kill();
      for (Future<?> writer : writers) {
        writer.get();
      }
      pool.shutdown();
    }
    try (UpProcess again = UpProcess.start(dir.resolve("again"), data, List.of())) {
      GlobalFileSystem fs = HttpGlobalFileSystem.connect(again.url(), token(data));
      for (int w = 0; w < WRITERS; w++) {
        String[] records = new String(fs.readAll(FsPath.parse("/w" + w + "/log")), StandardCharsets.UTF_8).split("\n", -1);
        assertThat(records[records.length - 1]).as("writer %d's log ends with a whole record", w).isEmpty();
        int logged = records.length - 1;
        assertThat(logged).as("writer %d's acknowledged appends", w).isGreaterThanOrEqualTo(acknowledged[w].get());
        for (int n = 0; n < logged; n++) {
          assertThat(records[n]).isEqualTo(record(w, n).strip());
        }
        for (FileStat file : fs.list(FsPath.parse("/w" + w))) {
          if (file.name().startsWith("file-")) {
            int n = Integer.parseInt(file.name().substring("file-".length()));
            assertThat(fs.readAll(file.path())).as("%s is whole", file.path()).isEqualTo(contents(w, n));
          }
        }
        for (int n = 0; n < acknowledged[w].get(); n++) {
          assertThat(fs.find(FsPath.parse("/w" + w + "/file-" + n))).as("acknowledged file %d of writer %d", n, w).isPresent();
        }
      }
    }
  }

  /** Writes file-N then appends record N, counting both once the second returns, until the coordinator dies. */
  private static Void write(GlobalFileSystem fs, int writer, AtomicInteger acks) {
    try {
      fs.mkdir(FsPath.parse("/w" + writer), true);
      for (int n = 0; ; n++) {
        fs.write(FsPath.parse("/w" + writer + "/file-" + n), contents(writer, n));
        fs.append(FsPath.parse("/w" + writer + "/log"), record(writer, n).getBytes(StandardCharsets.UTF_8));
        acks.incrementAndGet();
      }
    } catch (RuntimeException expected) {
      return null; // the coordinator is gone
    }
  }

  /** Sizes from a few bytes (inline) to past a chunk (1 MiB blobs and an inline tail). */
  private static byte[] contents(int writer, int n) {
    int[] sizes = {17, 5_000, 70_000, (1 << 20) + 3_000};
    byte[] bytes = new byte[sizes[n % sizes.length]];
    new Random(writer * 100_000L + n).nextBytes(bytes);
    return bytes;
  }

  private static String record(int writer, int n) {
    return "writer " + writer + " record " + n + " " + "r".repeat(60) + "\n";
  }

  private static int total(AtomicInteger[] counts) {
    int sum = 0;
    for (AtomicInteger count : counts) {
      sum += count == null ? 0 : count.get();
    }
    return sum;
  }

  private static String token(Path data) throws Exception {
    return Files.readString(data.resolve("admin.token")).strip();
  }
}
