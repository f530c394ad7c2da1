package dev.colony.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.colony.coordinator.Coordinator;
import dev.colony.coordinator.CoordinatorOptions;
import dev.colony.gfs.fs.FileStat;
import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.gfs.fs.GlobalFileSystemContractTest;
import dev.colony.gfs.fs.OpenFile;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HttpGlobalFileSystem} passes the file system's contract against a real coordinator (its
 * embedded H2 and disk blobs, no engines), with the cluster token as engines use it; and agrees
 * with the coordinator's own file system.
 */
class HttpGlobalFileSystemContractTest extends GlobalFileSystemContractTest {
    @TempDir static Path data;
    private static Coordinator coordinator;
    private static HttpGlobalFileSystem remote;

    @BeforeAll
    static void startCoordinator() {
        coordinator = Coordinator.start(CoordinatorOptions.defaults(data).withHttpPort(0).withMqttPort(0).withEngines(0));
        remote = HttpGlobalFileSystem.connect(coordinator.url(), coordinator.clusterToken());
    }

    @AfterAll
    static void stopCoordinator() {
        if (coordinator != null) {
            coordinator.close();
        }
    }

    @Override
    protected GlobalFileSystem fileSystem() {
        return remote;
    }

    @Test
    void whatOneSideWritesTheOtherReadsWithTheSameStat() throws Exception {
        FileStat written = fs.write(at("shared"), bytes("over REST"));
        assertThat(coordinator.fileSystem().stat(at("shared"))).isEqualTo(written);
        coordinator.fileSystem().append(at("shared"), bytes(", and in-process"));
        try (OpenFile open = fs.open(at("shared"), 5, -1)) {
            assertThat(new String(open.readAllBytes())).isEqualTo("REST, and in-process");
            assertThat(open.stat()).isEqualTo(coordinator.fileSystem().stat(at("shared")));
            assertThat(open.offset()).isEqualTo(5);
        }
        assertThat(fs.list(dir)).isEqualTo(coordinator.fileSystem().list(dir));
    }

    @Test
    void theAdminTokenWorksAndAWrongOneIsRefused() {
        GlobalFileSystem admin = ColonyClient.connect(coordinator.url(), coordinator.adminToken()).fileSystem();
        assertThat(admin.stat(FsPath.ROOT).isDirectory()).isTrue();
        var refused = catchThrowableOfType(ColonyApiException.class,
            () -> HttpGlobalFileSystem.connect(coordinator.url(), "wrong").mkdir(at("nope"), false));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(fs.find(at("nope"))).isEmpty();
    }
}
