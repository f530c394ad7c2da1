package dev.colony.gfs.fs;

import dev.colony.gfs.DiskBlobStore;
import dev.colony.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

/**
 * The process {@link KilledWriterTest} kills: writes files (each of a size that needs blobs and an
 * inline tail) and appends records forever, printing {@code ack N} once write N has returned. It
 * numbers on from the records a killed predecessor left in the log.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        Database db = Database.open("h2", data);
        JdbcFileSystem fs = new JdbcFileSystem(db, new DiskBlobStore(data.resolve("blobs")));
        fs.mkdir(FsPath.parse("/crash"), true);
        FsPath log = FsPath.parse("/crash/log");
        int start = fs.find(log).isEmpty() ? 0 : new String(fs.readAll(log), StandardCharsets.UTF_8).split("\n").length;
        for (int n = start; ; n++) {
            fs.write(FsPath.parse("/crash/file-" + n), contents(n));
            fs.append(log, record(n));
            System.out.println("ack " + n);
            System.out.flush();
        }
    }

    static byte[] contents(int n) {
        byte[] bytes = new byte[(1 << 20) + 1_000 + n];
        new Random(n).nextBytes(bytes);
        return bytes;
    }

    static byte[] record(int n) {
        return ("record " + n + " " + "r".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
