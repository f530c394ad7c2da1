package dev.colony.gfs;

import dev.colony.store.Database;
import dev.colony.store.Dialect;
import java.nio.file.Path;

/** The blob store a URL names, as users write it ({@code --blobs}). */
public final class BlobStores {

    private BlobStores() {
    }

    /**
     * {@code null} or {@code disk}: a {@link DiskBlobStore} in {@code dataDir/blobs}; {@code db}: a
     * {@link DatabaseBlobStore} in {@code db}; {@code s3://…}: an {@link S3BlobStore}. Close the store
     * when it is {@link AutoCloseable}. Fails with an {@link IllegalArgumentException} for anything else.
     */
    public static BlobStore open(String url, Path dataDir, Database db) {
        if (url == null || url.equals("disk")) {
            return new DiskBlobStore(dataDir.resolve("blobs"));
        }
        if (url.equals("db")) {
            if (db == null) {
                throw new IllegalArgumentException("blob store 'db' needs a database");
            }
            return new DatabaseBlobStore(db);
        }
        if (url.startsWith("s3://")) {
            return S3BlobStore.open(url);
        }
        throw new IllegalArgumentException("unknown blob store '" + url + "': use disk (the default), db or s3://BUCKET/PREFIX?endpoint=…");
    }

    /**
     * What {@code --blobs} defaults to: the database when it is a shared PostgreSQL (so coordinators
     * sharing it share the blobs too), else the data directory.
     */
    public static String defaultUrl(Database db) {
        return db != null && db.dialect() == Dialect.POSTGRESQL ? "db" : "disk";
    }
}
