package dev.colony.gfs.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link GlobalFileSystem} must do (docs/gfs.md): each store and the REST client run
 * these. Each test works in a directory of its own, so a file system may be shared by a class.
 */
public abstract class GlobalFileSystemContractTest {

    private static final AtomicInteger DIRECTORIES = new AtomicInteger();

    protected GlobalFileSystem fs;
    protected FsPath dir;

    /** The file system under test; may be the same one for every test of the class. */
    protected abstract GlobalFileSystem fileSystem();

    @BeforeEach
    void makeDirectory() {
        fs = fileSystem();
        dir = fs.mkdir(FsPath.parse("/contract-" + ProcessHandle.current().pid() + "-" + DIRECTORIES.incrementAndGet()), false).path();
    }

    protected FsPath at(String relative) {
        return FsPath.parse(dir + "/" + relative);
    }

    @Test
    void everyByteValueAndLargeContentsRoundTrip() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        FileStat small = fs.write(at("bytes"), all);
        assertThat(fs.readAll(at("bytes"))).isEqualTo(all);
        assertThat(small.size()).isEqualTo(256);
        assertThat(small.isFile()).isTrue();

        byte[] large = random(3 * (1 << 20) + 12_345, 1);
        assertThat(fs.write(at("large"), large).size()).isEqualTo(large.length);
        assertThat(fs.readAll(at("large"))).isEqualTo(large);
        assertThat(fs.stat(at("large")).size()).isEqualTo(large.length);
    }

    @Test
    void theRootListsItsChildrenAndNotItselfOnceItChanged() {
        assertThat(fs.list(FsPath.ROOT)).extracting(FileStat::path).contains(dir).doesNotContain(FsPath.ROOT);
    }

    @Test
    void anEmptyFileIsAFile() {
        fs.write(at("empty"), new byte[0]);
        assertThat(fs.readAll(at("empty"))).isEmpty();
        assertThat(fs.stat(at("empty")).size()).isZero();
    }

    @Test
    void everyChangeGivesANewVersionNeverReused() {
        Set<Long> seen = new HashSet<>();
        FsPath file = at("v");
        seen.add(fs.write(file, bytes("one")).version());
        seen.add(fs.write(file, bytes("two")).version());
        seen.add(fs.append(file, bytes("!")).version());
        fs.delete(file, Precondition.NONE);
        seen.add(fs.write(file, bytes("one")).version());
        assertThat(seen).hasSize(4);
        assertThat(text(file)).isEqualTo("one");
    }

    @Test
    void appendsCreateTheFileAndCrossChunkBoundaries() {
        FsPath file = at("log");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 100; i++) {
            byte[] piece = random(1_000, i);
            fs.append(file, piece);
            expected.writeBytes(piece);
        }
        byte[] big = random(2 * (1 << 20) + 7, 99);
        fs.append(file, big);
        expected.writeBytes(big);
        for (int i = 0; i < 3; i++) {
            fs.append(file, bytes("tail" + i));
            expected.writeBytes(bytes("tail" + i));
        }
        assertThat(fs.readAll(file)).isEqualTo(expected.toByteArray());
        assertThat(fs.stat(file).size()).isEqualTo(expected.size());
    }

    @Test
    void rangesReadAcrossChunksAndStopAtTheEnd() throws IOException {
        byte[] content = random((1 << 20) * 2 + 100, 5);
        fs.write(at("r"), content);
        int from = (1 << 20) - 10;
        try (OpenFile part = fs.open(at("r"), from, 30)) {
            assertThat(part.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, from, from + 30));
            assertThat(part.offset()).isEqualTo(from);
            assertThat(part.length()).isEqualTo(30);
        }
        try (OpenFile tail = fs.open(at("r"), content.length - 5, 100)) {
            assertThat(tail.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, content.length - 5, content.length));
        }
        try (OpenFile past = fs.open(at("r"), content.length + 10, -1)) {
            assertThat(past.readAllBytes()).isEmpty();
        }
        expect(FsError.EINVAL, () -> fs.open(at("r"), -1, 10));
    }

    @Test
    void aReaderKeepsTheVersionItOpened() throws IOException {
        byte[] first = random(3 << 20, 7);
        fs.write(at("iso"), first);
        try (OpenFile open = fs.open(at("iso"), 0, -1)) {
            byte[] start = open.content().readNBytes(1000);
            fs.write(at("iso"), random(3 << 20, 8));
            byte[] rest = open.content().readAllBytes();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            read.writeBytes(start);
            read.writeBytes(rest);
            assertThat(read.toByteArray()).isEqualTo(first);
        }
    }

    @Test
    void mkdirCreatesOneLevelOrAWholeChain() {
        FileStat made = fs.mkdir(at("a"), false);
        assertThat(made.isDirectory()).isTrue();
        expect(FsError.EEXIST, () -> fs.mkdir(at("a"), false));
        expect(FsError.ENOENT, () -> fs.mkdir(at("x/y"), false));
        assertThat(fs.mkdir(at("a/b/c/d"), true).path()).isEqualTo(at("a/b/c/d"));
        assertThat(fs.mkdir(at("a/b/c/d"), true).isDirectory()).isTrue();
        fs.write(at("file"), bytes("x"));
        expect(FsError.ENOTDIR, () -> fs.mkdir(at("file/sub"), false));
        expect(FsError.ENOTDIR, () -> fs.mkdir(at("file/sub"), true));
        expect(FsError.EEXIST, () -> fs.mkdir(at("file"), true));
    }

    @Test
    void listingIsSortedWithKindsAndSizes() {
        fs.write(at("b.txt"), bytes("bb"));
        fs.mkdir(at("a"), false);
        fs.write(at("c"), bytes("ccc"));
        List<FileStat> entries = fs.list(dir);
        assertThat(entries).extracting(FileStat::name).containsExactly("a", "b.txt", "c");
        assertThat(entries).extracting(FileStat::kind).containsExactly(FileKind.DIRECTORY, FileKind.FILE, FileKind.FILE);
        assertThat(entries.get(2).size()).isEqualTo(3);
        assertThat(entries.get(1).path()).isEqualTo(at("b.txt"));
        expect(FsError.ENOTDIR, () -> fs.list(at("c")));
        expect(FsError.ENOENT, () -> fs.list(at("none")));
        assertThat(fs.list(at("a"))).isEmpty();
    }

    @Test
    void aDirectoryChangesVersionWhenItsChildrenChange() {
        long before = fs.stat(dir).version();
        fs.write(at("child"), bytes("x"));
        long afterCreate = fs.stat(dir).version();
        fs.write(at("child"), bytes("y"));
        assertThat(afterCreate).isNotEqualTo(before);
        fs.delete(at("child"), Precondition.NONE);
        assertThat(fs.stat(dir).version()).isNotEqualTo(afterCreate);
    }

    @Test
    void findAndStatTellWhatIsThere() {
        fs.write(at("f"), bytes("x"));
        assertThat(fs.find(at("f"))).isPresent();
        assertThat(fs.find(at("none"))).isEmpty();
        assertThat(fs.find(at("f/below"))).isEmpty();
        expect(FsError.ENOENT, () -> fs.stat(at("none")));
        expect(FsError.ENOTDIR, () -> fs.stat(at("f/below")));
        assertThat(fs.stat(FsPath.ROOT).isDirectory()).isTrue();
    }

    @Test
    void deleteRemovesFilesOnly() {
        fs.write(at("f"), bytes("x"));
        fs.mkdir(at("d"), false);
        fs.delete(at("f"), Precondition.NONE);
        assertThat(fs.find(at("f"))).isEmpty();
        expect(FsError.ENOENT, () -> fs.delete(at("f"), Precondition.NONE));
        expect(FsError.EISDIR, () -> fs.delete(at("d"), Precondition.NONE));
        assertThat(fs.find(at("d"))).isPresent();
    }

    @Test
    void rmdirRefusesNonEmptyDirectoriesUnlessRecursive() {
        fs.mkdir(at("t/u/v"), true);
        fs.write(at("t/u/v/leaf"), bytes("leaf"));
        fs.write(at("t/file"), bytes("f"));
        expect(FsError.ENOTEMPTY, () -> fs.rmdir(at("t"), false));
        expect(FsError.ENOTDIR, () -> fs.rmdir(at("t/file"), false));
        expect(FsError.ENOENT, () -> fs.rmdir(at("none"), false));
        expect(FsError.EINVAL, () -> fs.rmdir(FsPath.ROOT, true));
        assertThat(text(at("t/u/v/leaf"))).isEqualTo("leaf");
        fs.rmdir(at("t"), true);
        assertThat(fs.find(at("t"))).isEmpty();
        assertThat(fs.find(at("t/u/v/leaf"))).isEmpty();
        fs.mkdir(at("empty"), false);
        fs.rmdir(at("empty"), false);
        assertThat(fs.list(dir)).isEmpty();
    }

    @Test
    void renameMovesFilesAndWholeDirectories() {
        fs.write(at("one"), bytes("1"));
        FileStat moved = fs.rename(at("one"), at("two"));
        assertThat(moved.path()).isEqualTo(at("two"));
        assertThat(fs.find(at("one"))).isEmpty();
        assertThat(text(at("two"))).isEqualTo("1");

        fs.mkdir(at("src/deep"), true);
        fs.write(at("src/deep/f"), bytes("deep"));
        fs.mkdir(at("dst"), false);
        fs.rename(at("src"), at("dst/moved"));
        assertThat(text(at("dst/moved/deep/f"))).isEqualTo("deep");
        assertThat(fs.find(at("src"))).isEmpty();

        fs.write(at("replaced"), bytes("old"));
        fs.rename(at("two"), at("replaced"));
        assertThat(text(at("replaced"))).isEqualTo("1");
        assertThat(fs.rename(at("replaced"), at("replaced")).path()).isEqualTo(at("replaced"));
    }

    @Test
    void renameRefusesWhatWouldBreakTheTree() {
        fs.mkdir(at("d/sub"), true);
        fs.write(at("d/sub/f"), bytes("x"));
        fs.write(at("file"), bytes("f"));
        fs.mkdir(at("empty"), false);
        expect(FsError.EINVAL, () -> fs.rename(at("d"), at("d/sub/inside")));
        expect(FsError.EISDIR, () -> fs.rename(at("file"), at("d")));
        expect(FsError.ENOTDIR, () -> fs.rename(at("d"), at("file")));
        expect(FsError.ENOTEMPTY, () -> fs.rename(at("empty"), at("d")));
        expect(FsError.ENOENT, () -> fs.rename(at("none"), at("x")));
        expect(FsError.ENOENT, () -> fs.rename(at("file"), at("none/x")));
        expect(FsError.EINVAL, () -> fs.rename(FsPath.ROOT, at("x")));
        assertThat(text(at("d/sub/f"))).isEqualTo("x");
        fs.rename(at("d"), at("empty"));
        assertThat(text(at("empty/sub/f"))).isEqualTo("x");
    }

    @Test
    void copiesAreIndependentOfTheOriginal() {
        byte[] content = random(2 << 20, 3);
        fs.write(at("orig"), content);
        fs.copy(at("orig"), at("copy"), Precondition.NONE);
        fs.append(at("orig"), bytes("more"));
        assertThat(fs.readAll(at("copy"))).isEqualTo(content);
        expect(FsError.EEXIST, () -> fs.copy(at("orig"), at("copy"), Precondition.ABSENT));
        fs.mkdir(at("d"), false);
        expect(FsError.EISDIR, () -> fs.copy(at("d"), at("x"), Precondition.NONE));
        expect(FsError.ENOENT, () -> fs.copy(at("none"), at("x"), Precondition.NONE));
    }

    @Test
    void truncateCutsAndExtendsWithZeros() {
        byte[] content = random((1 << 20) + 500, 4);
        fs.write(at("t"), content);
        fs.truncate(at("t"), 1 << 20, Precondition.NONE);
        assertThat(fs.readAll(at("t"))).isEqualTo(Arrays.copyOf(content, 1 << 20));
        fs.truncate(at("t"), 10, Precondition.NONE);
        assertThat(fs.readAll(at("t"))).isEqualTo(Arrays.copyOf(content, 10));
        FileStat extended = fs.truncate(at("t"), 2_000_000, Precondition.NONE);
        assertThat(extended.size()).isEqualTo(2_000_000);
        assertThat(fs.readAll(at("t"))).isEqualTo(Arrays.copyOf(Arrays.copyOf(content, 10), 2_000_000));
        fs.append(at("t"), bytes("end"));
        assertThat(fs.stat(at("t")).size()).isEqualTo(2_000_003);
        expect(FsError.EINVAL, () -> fs.truncate(at("t"), -1, Precondition.NONE));
        expect(FsError.ENOENT, () -> fs.truncate(at("none"), 0, Precondition.NONE));
    }

    @Test
    void preconditionsRefuseStaleWritesAndChangeNothing() {
        FileStat first = fs.write(at("p"), bytes("first"));
        FileStat second = fs.write(at("p"), new ByteArrayInputStream(bytes("second")), Precondition.version(first.version()));
        expect(FsError.ESTALE, () -> fs.write(at("p"), new ByteArrayInputStream(bytes("lost")), Precondition.version(first.version())));
        expect(FsError.ESTALE, () -> fs.append(at("p"), new ByteArrayInputStream(bytes("lost")), Precondition.version(first.version())));
        expect(FsError.ESTALE, () -> fs.delete(at("p"), Precondition.version(first.version())));
        expect(FsError.EEXIST, () -> fs.write(at("p"), new ByteArrayInputStream(bytes("lost")), Precondition.ABSENT));
        expect(FsError.ENOENT, () -> fs.write(at("q"), new ByteArrayInputStream(bytes("lost")), Precondition.version(1)));
        assertThat(text(at("p"))).isEqualTo("second");
        assertThat(fs.stat(at("p")).version()).isEqualTo(second.version());
        assertThat(fs.find(at("q"))).isEmpty();
        fs.write(at("q"), new ByteArrayInputStream(bytes("new")), Precondition.ABSENT);
        assertThat(text(at("q"))).isEqualTo("new");
    }

    @Test
    void filesAndDirectoriesAreNotConfused() {
        fs.write(at("f"), bytes("x"));
        fs.mkdir(at("d"), false);
        expect(FsError.ENOTDIR, () -> fs.write(at("f/child"), bytes("y")));
        expect(FsError.EISDIR, () -> fs.write(at("d"), bytes("y")));
        expect(FsError.EISDIR, () -> fs.append(at("d"), bytes("y")));
        expect(FsError.EISDIR, () -> fs.readAll(at("d")));
        expect(FsError.ENOENT, () -> fs.write(at("none/child"), bytes("y")));
        assertThat(fs.list(at("d"))).isEmpty();
    }

    @Test
    void concurrentAppendsAllLandWholeAndOnce() throws Exception {
        FsPath file = at("shared.log");
        int writers = 8;
        int each = appendsPerWriter();
        runConcurrently(writers, w -> {
            for (int i = 0; i < each; i++) {
                fs.append(file, bytes("writer-" + w + " record-" + i + " " + "x".repeat(20) + "\n"));
            }
        });
        String[] lines = text(file).split("\n");
        assertThat(lines).hasSize(writers * each);
        assertThat(new HashSet<>(Arrays.asList(lines))).hasSize(writers * each);
        assertThat(lines).allMatch(line -> line.matches("writer-\\d record-\\d+ x{20}"));
    }

    @Test
    void conditionalReadModifyWriteLosesNoUpdate() throws Exception {
        FsPath counter = at("counter");
        fs.write(counter, bytes("0"));
        int writers = 8;
        int each = incrementsPerWriter();
        runConcurrently(writers, w -> {
            for (int i = 0; i < each; i++) {
                while (true) {
                    long value;
                    long version;
                    try (OpenFile open = fs.open(counter, 0, -1)) {
                        value = Long.parseLong(new String(open.readAllBytes(), StandardCharsets.UTF_8));
                        version = open.stat().version();
                    }
                    try {
                        fs.write(counter, new ByteArrayInputStream(bytes(Long.toString(value + 1))), Precondition.version(version));
                        break;
                    } catch (FsException e) {
                        assertThat(e.error()).isEqualTo(FsError.ESTALE);
                    }
                }
            }
        });
        assertThat(text(counter)).isEqualTo(Integer.toString(writers * each));
    }

    /** Appends per writer in the concurrency test (8 writers); slower transports may lower it. */
    protected int appendsPerWriter() {
        return 200;
    }

    protected int incrementsPerWriter() {
        return 60;
    }

    @FunctionalInterface
    protected interface Worker {
        void run(int index) throws Exception;
    }

    protected static void runConcurrently(int count, Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    worker.run(index);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    protected String text(FsPath file) {
        return new String(fs.readAll(file), StandardCharsets.UTF_8);
    }

    protected static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    protected static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    protected static void expect(FsError error, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FsException.class, e -> assertThat(e.error()).isEqualTo(error));
    }
}
