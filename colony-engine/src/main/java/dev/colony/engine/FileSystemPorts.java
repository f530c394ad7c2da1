package dev.colony.engine;

import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.runtime.FileSystemPort;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Programs' {@code fs} on a {@link GlobalFileSystem}: one {@link FileSystemPort} per program, whose
 * operations run on a small pool shared by the engine's programs — never on a program's thread or
 * an MQTT thread — and complete in the order that program issued them (Node does not promise it,
 * but programs writing in a loop expect it, and write streams rely on it).
 */
public final class FileSystemPorts implements AutoCloseable {
    /** Two: file operations wait on the database and the blob store, rarely on the CPU. */
    private static final int THREADS = 2;

    private final Supplier<GlobalFileSystem> fileSystem;
    private final ExecutorService pool;

    private FileSystemPorts(Supplier<GlobalFileSystem> fileSystem, ExecutorService pool) {
        this.fileSystem = fileSystem;
        this.pool = pool;
    }

    /** @param fileSystem the programs' file system; null for programs without one (their fs calls fail with ENOSYS) */
    public static FileSystemPorts on(GlobalFileSystem fileSystem, String threadPrefix) {
        return fileSystem == null ? new FileSystemPorts(null, null) : opening(() -> fileSystem, threadPrefix);
    }

    /**
     * Ports on a file system that {@code open} gives when the first operation comes, on the pool's
     * thread: programs that never use fs do not pay for opening it. Until it opens, each operation
     * tries again, and fails with {@code EIO} saying why.
     */
    public static FileSystemPorts opening(Supplier<GlobalFileSystem> open, String threadPrefix) {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, threadPrefix + "-fs-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new FileSystemPorts(new OpenedOnce<>(open), pool);
    }

    /** A port for one program (a new one for each incarnation: its order starts afresh). */
    public FileSystemPort forProgram() {
        if (fileSystem == null) {
            return FileSystemPort.NONE;
        }
        OrderedExecutor ordered = new OrderedExecutor(pool);
        return (operation, completion) -> ordered.execute(() -> completion.complete(FileOperations.perform(fileSystem, operation)));
    }

    /** Stops the pool: operations still queued are dropped (their programs have stopped by then). */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
