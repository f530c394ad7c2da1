package dev.colony.gfs.fs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.gfs.DiskBlobStore;
import dev.colony.store.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 of a process in the middle of writes: every write it acknowledged is there after the
 * store is opened again, and nothing half-written is visible (each file whole, the log only whole
 * records, in order).
 */
class KilledWriterTest {

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedWriteSurvivesAndNothingHalfWrittenIsVisible() throws Exception {
        int acknowledged = -1;
        for (int round = 0; round < 3; round++) {
            acknowledged = writeThenKill(acknowledged, 30);
            try (Database db = Database.open("h2", data)) {
                JdbcFileSystem fs = new JdbcFileSystem(db, new DiskBlobStore(data.resolve("blobs")));
                String[] records = new String(fs.readAll(FsPath.parse("/crash/log")), StandardCharsets.UTF_8).split("\n", -1);
                assertThat(records[records.length - 1]).as("the log ends with a whole record").isEmpty();
                int logged = records.length - 1;
                assertThat(logged).as("acknowledged records").isGreaterThan(acknowledged);
                for (int n = 0; n < logged; n++) {
                    assertThat(records[n] + "\n").isEqualTo(new String(CrashWriter.record(n), StandardCharsets.UTF_8));
                }
                List<FileStat> files = fs.list(FsPath.parse("/crash")).stream().filter(f -> f.name().startsWith("file-")).toList();
                assertThat(files.size()).isBetween(logged, logged + 1);
                for (FileStat file : files) {
                    int n = Integer.parseInt(file.name().substring("file-".length()));
                    assertThat(fs.readAll(file.path())).as(file.name()).isEqualTo(CrashWriter.contents(n));
                }
            }
        }
    }

    /** Starts the writer, waits for {@code acks} more acknowledgements, kills it with SIGKILL; returns the last acknowledged number. */
    private int writeThenKill(int before, int acks) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int last = before;
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (seen < acks && (line = out.readLine()) != null) {
                last = Integer.parseInt(line.substring("ack ".length()));
                seen++;
            }
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).isEqualTo(acks);
        return last;
    }
}
