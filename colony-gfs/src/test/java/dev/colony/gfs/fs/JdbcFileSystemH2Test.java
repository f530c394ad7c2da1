package dev.colony.gfs.fs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.gfs.DiskBlobStore;
import dev.colony.store.Database;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcFileSystemH2Test extends GlobalFileSystemContractTest {

    @TempDir
    static Path data;
    private static Database database;
    private static JdbcFileSystem shared;

    @BeforeAll
    static void open() {
        database = Database.open("h2", data);
        shared = new JdbcFileSystem(database, new DiskBlobStore(data.resolve("blobs")));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected GlobalFileSystem fileSystem() {
        return shared;
    }

    @Test
    void filesSurviveReopeningTheDatabase() {
        byte[] content = random(2 << 20, 11);
        fs.write(at("kept"), content);
        fs.append(at("kept"), bytes("tail"));
        database.close();
        database = Database.open("h2", data);
        shared = new JdbcFileSystem(database, new DiskBlobStore(data.resolve("blobs")));
        byte[] read = shared.readAll(at("kept"));
        assertThat(read).hasSize(content.length + 4);
        assertThat(new String(read, content.length, 4)).isEqualTo("tail");
    }

    @Test
    void theSizeLimitRefusesAndChangesNothing() {
        JdbcFileSystem small = new JdbcFileSystem(database, new DiskBlobStore(data.resolve("blobs")), 100, Clock.systemUTC());
        small.write(at("limited"), random(60, 1));
        expect(FsError.EFBIG, () -> small.write(at("limited"), new ByteArrayInputStream(random(101, 2)), Precondition.NONE));
        expect(FsError.EFBIG, () -> small.append(at("limited"), random(41, 3)));
        expect(FsError.EFBIG, () -> small.truncate(at("limited"), 101, Precondition.NONE));
        assertThat(small.readAll(at("limited"))).isEqualTo(random(60, 1));
    }
}
