package dev.colony.gfs.fs;

import dev.colony.gfs.S3BlobStore;
import dev.colony.gfs.S3ProxyServer;
import dev.colony.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The GFS with its chunks in S3 (a real s3proxy in this JVM) and its metadata in H2 (--blobs s3://…). */
class JdbcFileSystemOnS3Test extends GlobalFileSystemContractTest {

    @TempDir
    static Path data;
    private static S3ProxyServer s3;
    private static S3BlobStore blobs;
    private static Database database;
    private static JdbcFileSystem shared;

    @BeforeAll
    static void open() throws Exception {
        s3 = S3ProxyServer.start();
        blobs = S3BlobStore.open(s3.url(s3.newBucket(), "gfs"));
        database = Database.open("h2", data);
        shared = new JdbcFileSystem(database, blobs);
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
        blobs.close();
        s3.close();
    }

    @Override
    protected GlobalFileSystem fileSystem() {
        return shared;
    }
}
