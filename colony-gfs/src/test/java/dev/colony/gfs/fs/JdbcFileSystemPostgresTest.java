package dev.colony.gfs.fs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.colony.gfs.DiskBlobStore;
import dev.colony.store.Database;
import dev.colony.store.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class JdbcFileSystemPostgresTest extends GlobalFileSystemContractTest {

    @TempDir
    static Path data;
    private static Database database;
    private static JdbcFileSystem shared;

    @BeforeAll
    static void open() {
        assumeTrue(PostgresServer.installed(), PostgresServer.NOT_INSTALLED);
        database = Database.open(PostgresServer.shared().newDatabase(), data);
        shared = new JdbcFileSystem(database, new DiskBlobStore(data.resolve("blobs")));
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected GlobalFileSystem fileSystem() {
        return shared;
    }
}
