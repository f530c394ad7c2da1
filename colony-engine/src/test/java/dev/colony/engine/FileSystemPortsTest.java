package dev.colony.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.gfs.DiskBlobStore;
import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.JdbcFileSystem;
import dev.colony.gfs.fs.Precondition;
import dev.colony.runtime.FileOperation;
import dev.colony.runtime.FileResult;
import dev.colony.runtime.FileSystemPort;
import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.Limits;
import dev.colony.runtime.Program;
import dev.colony.runtime.ProgramExit;
import dev.colony.runtime.ProgramOutput;
import dev.colony.runtime.PubSubPort;
import dev.colony.runtime.snapshot.SnapshotKey;
import dev.colony.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Programs' {@code require('fs')} on the real global file system: H2 and blobs on disk. */
class FileSystemPortsTest {
    private static final JsRuntime RUNTIME = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

    @TempDir
    Path data;
    private Database database;
    private JdbcFileSystem fs;
    private FileSystemPorts ports;

    @BeforeEach
    void open() {
        database = Database.open("h2", data);
        fs = new JdbcFileSystem(database, new DiskBlobStore(data.resolve("blobs")));
        ports = FileSystemPorts.on(fs, "test");
    }

    @AfterEach
    void close() {
        ports.close();
        database.close();
    }

    private String run(String source) throws Exception {
        return run(source, ports.forProgram());
    }

    private static String run(String source, FileSystemPort port) throws Exception {
        StringBuilder out = new StringBuilder();
        ProgramOutput output = new ProgramOutput() {
            public synchronized void stdout(String text) { out.append(text).append('\n'); }
            public synchronized void stderr(String text) { out.append("ERR ").append(text).append('\n'); }
        };
        Program program = RUNTIME.load("p", RUNTIME.compile("p.js", source), output, PubSubPort.NONE, port).start();
        ProgramExit exit = program.exit().get(60, TimeUnit.SECONDS);
        assertThat(exit.outcome()).as(exit.message() + "\n" + out).isEqualTo(ProgramExit.Outcome.COMPLETED);
        return out.toString();
    }

    @Test
    void aProgramUsesTheFileSystemAndItsErrorsAreNodes() throws Exception {
        assertThat(run("""
            const fsp = require('fs').promises;
            (async () => {
              await fsp.mkdir('/a/b', { recursive: true });
              await fsp.writeFile('/a/b/one.txt', 'héllo 😀');
              await fsp.appendFile('/a/b/one.txt', ' again');
              await fsp.copyFile('/a/b/one.txt', '/a/two.txt');
              await fsp.rename('/a/two.txt', '/a/three.txt');
              console.log(await fsp.readFile('/a/b/one.txt', 'utf8'), await fsp.readdir('/a'));
              const stat = await fsp.stat('/a/three.txt');
              console.log(stat.isFile(), stat.size, stat.version > 0, stat.mtime.getFullYear() > 2000);
              for (const attempt of [
                () => fsp.readFile('/nope'), () => fsp.mkdir('/a'), () => fsp.readdir('/a/three.txt'),
                () => fsp.readFile('/a'), () => fsp.rmdir('/a'), () => fsp.writeFile('/a/three.txt', '', { flag: 'wx' }),
                () => fsp.stat('/../../etc/passwd'), () => fsp.writeFile('/' + 'n'.repeat(256), ''), () => fsp.rm('/a'),
              ]) {
                await attempt().then(() => console.log('no error'), (e) => console.log(e.code, e.syscall));
              }
              await fsp.truncate('/a/three.txt', 3);
              await fsp.unlink('/a/b/one.txt');
              await fsp.rm('/a', { recursive: true });
              await fsp.rm('/a', { force: true });
              console.log(await fsp.readdir('/'));
            })();
            """)).isEqualTo("""
            héllo 😀 again [ 'b', 'three.txt' ]
            true 17 true true
            ENOENT open
            EEXIST mkdir
            ENOTDIR scandir
            EISDIR open
            ENOTEMPTY rmdir
            EEXIST open
            EINVAL stat
            EINVAL open
            EISDIR rm
            []
            """);
    }

    @Test
    void aProgramsOperationsCompleteInTheOrderItIssuedThem() throws Exception {
        assertThat(run("""
            const fs = require('fs');
            let left = 300;
            for (let i = 0; i < 300; i++) {
              fs.appendFile('/ordered.txt', i + ',', (e) => { if (e) throw e; if (--left === 0) console.log('done'); });
            }
            """)).isEqualTo("done\n");
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            expected.append(i).append(',');
        }
        assertThat(new String(fs.readAll(FsPath.parse("/ordered.txt")), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void operationsRunOnThePoolNeverOnTheCallersThread() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        FileSystemPort port = ports.forProgram();
        CompletableFuture<FileResult> result = new CompletableFuture<>();
        port.perform(new FileOperation.Write("/t", new byte[] {1}, false), r -> {
            threads.add(Thread.currentThread().getName());
            result.complete(r);
        });
        assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(new FileResult.Done());
        assertThat(threads).singleElement().asString().startsWith("test-fs-");
    }

    @Test
    void aFileTooLargeToReadAtOnceIsARangeErrorAndAStreamReadsIt() throws Exception {
        fs.write(FsPath.parse("/big"), new byte[0]);
        fs.truncate(FsPath.parse("/big"), FileOperation.MAX_DATA_BYTES + 1L, Precondition.NONE);
        assertThat(run("""
            const fs = require('fs');
            fs.readFile('/big', (e) => {
              console.log(e.name, e.code);
              fs.createReadStream('/big', { start: 67108860 }).on('data', (c) => console.log(c.length, c[4]));
            });
            """)).isEqualTo("RangeError ERR_FS_FILE_TOO_LARGE\n5 0\n");
    }

    @Test
    void aFailingStoreIsEioAndTheProgramGoesOn() throws Exception {
        database.close();
        assertThat(run("""
            require('fs').readFile('/x', (e) => console.log(e.code, e.message.startsWith('the file system failed: ')));
            """)).isEqualTo("EIO true\n");
    }

    @Test
    void withoutAFileSystemProgramsGetEnosys() throws Exception {
        try (FileSystemPorts none = FileSystemPorts.on(null, "none")) {
            assertThat(run("require('fs').stat('/', (e) => console.log(e.code));", none.forProgram())).isEqualTo("ENOSYS\n");
        }
    }
}
