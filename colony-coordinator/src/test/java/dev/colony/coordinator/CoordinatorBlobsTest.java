package dev.colony.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colony.gfs.BlobHashes;
import dev.colony.gfs.DatabaseBlobStore;
import dev.colony.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --blobs}: the blob store the coordinator keeps code, snapshots and file contents in. */
class CoordinatorBlobsTest {

    @TempDir
    Path dataDir;

    @Test
    void blobsGoToTheDatabaseWithBlobsDb() {
        byte[] bytes = "snapshot bytes".getBytes();
        String hash = BlobHashes.of(bytes);
        try (Coordinator coordinator = Coordinator.start(CoordinatorOptions.defaults(dataDir).withHttpPort(0).withMqttPort(0)
                .withEngines(0).withBlobs("db"))) {
            Http http = new Http(coordinator.url());
            assertThat(http.send("PUT", "/api/cluster/blobs/" + hash, coordinator.clusterToken(), "application/octet-stream", bytes)
                .status()).isEqualTo(204);
            assertThat(http.get("/api/cluster/blobs/" + hash, coordinator.clusterToken()).bytes()).isEqualTo(bytes);
        }
        assertThat(dataDir.resolve("blobs")).doesNotExist();
        try (Database db = Database.open(null, dataDir)) {
            assertThat(new DatabaseBlobStore(db).get(hash)).hasValue(bytes);
        }
    }

    @Test
    void aBlobStoreThatCannotBeOpenedStopsTheStartWithItsReason() {
        CoordinatorOptions options = CoordinatorOptions.defaults(dataDir).withHttpPort(0).withMqttPort(0).withEngines(0);
        assertThatThrownBy(() -> Coordinator.start(options.withBlobs("ftp://somewhere")))
            .hasMessageStartingWith("unknown blob store 'ftp://somewhere'");
        assertThatThrownBy(() -> Coordinator.start(options.withBlobs("s3://bucket?region")))
            .hasMessage("S3 URL parameter 'region' needs a value");
        // the failed starts released the database: it opens again
        try (Database db = Database.open(null, dataDir)) {
            assertThat(BlobHashes.require(new DatabaseBlobStore(db).put(new byte[] {1}))).hasSize(64);
        }
    }
}
