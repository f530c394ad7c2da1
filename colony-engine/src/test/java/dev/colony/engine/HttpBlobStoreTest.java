package dev.colony.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colony.gfs.BlobHashMismatchException;
import dev.colony.gfs.BlobHashes;
import dev.colony.gfs.BlobStore;
import dev.colony.gfs.BlobStoreContractTest;
import dev.colony.gfs.DiskBlobStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blob store contract, over real HTTP to the coordinator's blob routes. */
class HttpBlobStoreTest extends BlobStoreContractTest {

    @TempDir
    Path dir;

    private FakeCoordinator coordinator;

    @Override
    protected BlobStore newStore() {
        coordinator = new FakeCoordinator(new DiskBlobStore(dir.resolve("blobs")), name -> null);
        return new HttpBlobStore(new CoordinatorEndpoint(coordinator.uri(), FakeCoordinator.TOKEN));
    }

    @AfterEach
    void stop() {
        coordinator.close();
    }

    @Test
    void blobsThatDoNotMatchTheirNameAreRefused() {
        BlobStore store = new HttpBlobStore(new CoordinatorEndpoint(coordinator.uri(), FakeCoordinator.TOKEN));
        String hash = store.put(new byte[] {1, 2, 3});
        coordinator.corruptBlobs = true;
        assertThatThrownBy(() -> store.get(hash)).isInstanceOf(BlobHashMismatchException.class).hasMessageContaining(hash);
    }

    @Test
    void wrongTokenOrNoCoordinatorIsAOneLineError() {
        BlobStore wrongToken = new HttpBlobStore(new CoordinatorEndpoint(coordinator.uri(), "guess"));
        assertThatThrownBy(() -> wrongToken.put(new byte[] {1}))
            .isInstanceOf(EngineException.class).hasMessageContaining("HTTP 401").hasMessageContaining("wrong cluster token");
        String base = coordinator.uri().toString();
        coordinator.close();
        BlobStore gone = new HttpBlobStore(new CoordinatorEndpoint(coordinator.uri(), FakeCoordinator.TOKEN));
        assertThatThrownBy(() -> gone.get("c".repeat(64)))
            .isInstanceOf(EngineException.class).hasMessageStartingWith("cannot reach the coordinator at " + base.replaceAll("/$", ""));
        assertThat(new DiskBlobStore(dir.resolve("blobs")).exists(BlobHashes.of(new byte[] {1}))).isFalse();
    }
}
