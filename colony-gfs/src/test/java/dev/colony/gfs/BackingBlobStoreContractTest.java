package dev.colony.gfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the stores the coordinator keeps its blobs in (disk, database, S3) also do: keep large
 * blobs, such as the snapshot of a program holding much memory.
 */
public abstract class BackingBlobStoreContractTest extends BlobStoreContractTest {

    @Test
    @Tag("slow")
    void keepsA64MiBBlob() {
        byte[] bytes = new byte[64 << 20];
        new Random(64).nextBytes(bytes);
        String hash = store().put(bytes);
        assertThat(hash).isEqualTo(BlobHashes.of(bytes));
        // Arrays.equals: a failure must not print 64 MiB
        assertThat(store().get(hash)).hasValueSatisfying(read -> assertThat(Arrays.equals(read, bytes)).as("same bytes").isTrue());
    }
}
