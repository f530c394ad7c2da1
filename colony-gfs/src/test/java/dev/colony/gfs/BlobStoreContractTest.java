package dev.colony.gfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link BlobStore} does; each store's test subclasses this and supplies a fresh store. */
public abstract class BlobStoreContractTest {

    private BlobStore store;

    protected abstract BlobStore newStore() throws Exception;

    @BeforeEach
    void freshStore() throws Exception {
        store = newStore();
    }

    /** The store this test runs on. */
    protected final BlobStore store() {
        return store;
    }

    @Test
    void returnsWhatWasStoredUnderItsSha256() {
        byte[] bytes = "console.log('hi')".getBytes(StandardCharsets.UTF_8);
        String hash = store.put(bytes);
        assertThat(hash).isEqualTo(BlobHashes.of(bytes)).hasSize(64);
        assertThat(store.get(hash)).hasValue(bytes);
        assertThat(store.exists(hash)).isTrue();
    }

    @Test
    void keepsBinaryAndEmptyBlobsExactly() {
        byte[] binary = new byte[70_000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        assertThat(store.get(store.put(binary))).hasValue(binary);
        assertThat(store.get(store.put(new byte[0]))).hasValue(new byte[0]);
    }

    @Test
    void storingTheSameBytesTwiceIsHarmless() {
        byte[] bytes = {1, 2, 3};
        String first = store.put(bytes);
        store.put(first, bytes);
        assertThat(store.put(bytes)).isEqualTo(first);
        assertThat(store.get(first)).hasValue(bytes);
    }

    @Test
    void unknownBlobsAreAbsent() {
        String hash = BlobHashes.of(new byte[] {9});
        assertThat(store.get(hash)).isEmpty();
        assertThat(store.exists(hash)).isFalse();
    }

    @Test
    void refusesBytesThatDoNotHashToTheirName() {
        String named = BlobHashes.of(new byte[] {1});
        assertThatThrownBy(() -> store.put(named, new byte[] {2}))
            .isInstanceOf(BlobHashMismatchException.class)
            .hasMessageContaining(named);
        assertThat(store.exists(named)).isFalse();
    }

    @Test
    void refusesNamesThatAreNotHashes() {
        for (String bad : new String[] {"", "../../etc/passwd", "ABCDEF" + "0".repeat(58), "0".repeat(63), "0".repeat(65), "0".repeat(63) + "/"}) {
            assertThatThrownBy(() -> store.get(bad)).as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHA-256");
            assertThatThrownBy(() -> store.put(bad, new byte[0])).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.get(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentWritersOfOneBlobLeaveItWhole() throws Exception {
        byte[] bytes = new byte[1 << 20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> writes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                writes.add(pool.submit(() -> store.put(bytes)));
            }
            for (Future<String> write : writes) {
                assertThat(store.get(write.get())).hasValue(bytes);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
