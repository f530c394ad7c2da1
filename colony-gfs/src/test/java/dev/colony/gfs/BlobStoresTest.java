package dev.colony.gfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colony.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoresTest {

    @TempDir
    Path dir;

    @Test
    void diskIsTheDefaultInTheDataDirectory() {
        for (String url : new String[] {null, "disk"}) {
            BlobStore store = BlobStores.open(url, dir, null);
            assertThat(store).isInstanceOf(DiskBlobStore.class);
            String hash = store.put(new byte[] {1});
            assertThat(dir.resolve("blobs").resolve(hash.substring(0, 2)).resolve(hash)).exists();
        }
    }

    @Test
    void dbKeepsBlobsInTheDatabase() {
        try (Database db = Database.open(null, dir)) {
            BlobStore store = BlobStores.open("db", dir, db);
            assertThat(store).isInstanceOf(DatabaseBlobStore.class);
            assertThat(store.get(store.put(new byte[] {2}))).hasValue(new byte[] {2});
            assertThat(Files.exists(dir.resolve("blobs"))).isFalse();
            assertThat(BlobStores.defaultUrl(db)).isEqualTo("disk");
        }
        assertThat(BlobStores.defaultUrl(null)).isEqualTo("disk");
        assertThatThrownBy(() -> BlobStores.open("db", dir, null)).hasMessage("blob store 'db' needs a database");
    }

    @Test
    void anythingElseIsRefusedSayingWhatWorks() {
        for (String url : new String[] {"", "DB", "s3:/bucket", "file:///tmp/blobs", "postgresql://h/db"}) {
            assertThatThrownBy(() -> BlobStores.open(url, dir, null)).as(url)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown blob store '" + url + "': use disk (the default), db or s3://BUCKET/PREFIX?endpoint=…");
        }
        assertThatThrownBy(() -> BlobStores.open("s3://Bad_Bucket", dir, null)).hasMessageContaining("bad S3 bucket name");
    }
}
