package dev.colony.gfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.colony.store.Database;
import dev.colony.store.PostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Blobs in a real PostgreSQL (skipped when it is not installed). */
class DatabaseBlobStorePostgresTest extends DatabaseBlobStoreTest {

    @BeforeAll
    static void needsPostgres() {
        assumeTrue(PostgresServer.installed(), PostgresServer.NOT_INSTALLED);
    }

    @Override
    String newDatabase() {
        return PostgresServer.shared().newDatabase();
    }

    @Override
    Database connect(String database) {
        return Database.open(database, dir);
    }

    @Test
    void aSharedPostgresqlKeepsTheBlobsByDefault() {
        try (Database db = connect(newDatabase())) {
            assertThat(BlobStores.defaultUrl(db)).isEqualTo("db");
        }
    }
}
