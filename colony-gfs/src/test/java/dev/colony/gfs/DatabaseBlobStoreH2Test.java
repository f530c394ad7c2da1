package dev.colony.gfs;

import dev.colony.store.Database;
import java.nio.file.Path;

/** Blobs in the embedded H2 database, the coordinator's default. */
class DatabaseBlobStoreH2Test extends DatabaseBlobStoreTest {

    private int databases;

    /** H2 lives in its data directory: one directory per database. */
    @Override
    String newDatabase() {
        return dir.resolve("data-" + ++databases).toString();
    }

    @Override
    Database connect(String database) {
        return Database.open(null, Path.of(database));
    }
}
