package dev.colony.gfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskBlobStoreTest extends BackingBlobStoreContractTest {

    @TempDir
    Path dir;

    @Override
    protected BlobStore newStore() {
        return new DiskBlobStore(dir.resolve("blobs"));
    }

    @Test
    void leavesNoPartFilesBehindAndSurvivesReopening() throws Exception {
        String hash = newStore().put(new byte[] {4, 5, 6});
        assertThat(new DiskBlobStore(dir.resolve("blobs")).get(hash)).hasValue(new byte[] {4, 5, 6});
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }
}
