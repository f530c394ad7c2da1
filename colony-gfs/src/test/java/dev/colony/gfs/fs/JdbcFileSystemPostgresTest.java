package dev.colony.gfs.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.colony.gfs.DatabaseBlobStore;
import dev.colony.gfs.DiskBlobStore;
import dev.colony.store.Database;
import dev.colony.store.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcFileSystemPostgresTest extends GlobalFileSystemContractTest {

    @TempDir
    static Path data;
    private static String url;
    private static Database database;
    private static JdbcFileSystem shared;

    @BeforeAll
    static void open() {
        assumeTrue(PostgresServer.installed(), PostgresServer.NOT_INSTALLED);
        url = PostgresServer.shared().newDatabase();
        database = Database.open(url, data);
        shared = new JdbcFileSystem(database, new DiskBlobStore(data.resolve("blobs")));
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void twoCoordinatorsOnOneDatabaseShareOneFileSystem() throws Exception {
        // a second pool and a second file system on the same database: what a second coordinator has
        try (Database second = Database.open(url, data)) {
            JdbcFileSystem other = new JdbcFileSystem(second, new DatabaseBlobStore(second));
            JdbcFileSystem first = new JdbcFileSystem(database, new DatabaseBlobStore(database));
            FsPath log = at("shared-by-two");
            runConcurrently(8, w -> {
                JdbcFileSystem mine = w % 2 == 0 ? first : other;
                for (int i = 0; i < 100; i++) {
                    mine.append(log, bytes("coordinator " + (w % 2) + " writer " + w + " record " + i + "\n"));
                }
            });
            String[] lines = new String(other.readAll(log), StandardCharsets.UTF_8).split("\n");
            assertThat(lines).hasSize(800).doesNotHaveDuplicates();
            assertThat(first.readAll(log)).isEqualTo(other.readAll(log));
            other.rename(log, at("renamed-by-the-other"));
            assertThat(first.find(log)).isEmpty();
            assertThat(first.stat(at("renamed-by-the-other")).size()).isEqualTo(other.stat(at("renamed-by-the-other")).size());
        }
    }

    @Override
    protected GlobalFileSystem fileSystem() {
        return shared;
    }
}
