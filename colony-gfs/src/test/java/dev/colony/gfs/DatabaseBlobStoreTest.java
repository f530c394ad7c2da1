package dev.colony.gfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.store.Database;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blob store contract on a database; subclasses say which one. */
abstract class DatabaseBlobStoreTest extends BackingBlobStoreContractTest {

    @TempDir
    Path dir;

    private final List<Database> opened = new ArrayList<>();

    /** Names a fresh empty database. */
    abstract String newDatabase();

    /** Opens the database {@link #newDatabase()} named. */
    abstract Database connect(String database);

    @Override
    protected BlobStore newStore() {
        return new DatabaseBlobStore(open(newDatabase()));
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(Database::close);
    }

    @Test
    void blobsAreRowsThatOutliveTheStore() {
        String database = newDatabase();
        Database first = open(database);
        String hash = new DatabaseBlobStore(first).put(new byte[] {7, 8});
        first.close();
        Database second = open(database);
        // the table exists already, the blob is there
        assertThat(new DatabaseBlobStore(second).get(hash)).hasValue(new byte[] {7, 8});
        int rows = second.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM gfs_blob")) {
                row.next();
                return row.getInt(1);
            }
        });
        assertThat(rows).isEqualTo(1);
    }

    private Database open(String database) {
        Database db = connect(database);
        opened.add(db);
        return db;
    }
}
