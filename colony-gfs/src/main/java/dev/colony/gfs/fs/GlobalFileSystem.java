package dev.colony.gfs.fs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * One hierarchical namespace shared by every program, engine and user: Node's {@code fs} operations,
 * binary-safe, each atomic. Readers see a file's old contents or its new ones, never a mix; appends
 * from any number of writers all land whole; {@link Precondition}s make read-modify-write safe.
 *
 * <p>Every operation throws {@link FsException} when it is refused (nothing changed then) and a
 * {@code dev.colony.store.StoreException} or {@link UncheckedIOException} when the store fails.
 * Implementations are thread-safe.
 */
public interface GlobalFileSystem {

    FileStat stat(FsPath path);

    /** The entry's stat, or empty when there is none (also when a component is a file, as Node's exists says). */
    default Optional<FileStat> find(FsPath path) {
        try {
            return Optional.of(stat(path));
        } catch (FsException e) {
            if (e.error() == FsError.ENOENT || e.error() == FsError.ENOTDIR) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The entries of a directory, sorted by name. */
    List<FileStat> list(FsPath directory);

    /** Creates a directory; with {@code recursive}, its missing parents too and no error when it exists. */
    FileStat mkdir(FsPath path, boolean recursive);

    /** Creates or replaces a file with the stream's bytes (read in chunks: constant memory). */
    FileStat write(FsPath path, InputStream content, Precondition precondition);

    /** Adds the stream's bytes at the end of the file, creating it when it does not exist. */
    FileStat append(FsPath path, InputStream content, Precondition precondition);

    /** Cuts the file to {@code length} bytes, or extends it with zero bytes. */
    FileStat truncate(FsPath path, long length, Precondition precondition);

    /** Opens {@code length} bytes from {@code offset} ({@code length} -1: to the end). */
    OpenFile open(FsPath path, long offset, long length);

    /** Removes a file (unlink). */
    void delete(FsPath path, Precondition precondition);

    /** Removes a directory: with {@code recursive} everything under it, otherwise only when empty. */
    void rmdir(FsPath path, boolean recursive);

    /** Moves a file or directory, replacing a file (or an empty directory) at the target, atomically. */
    FileStat rename(FsPath from, FsPath to);

    /** Copies a file; the copy shares the original's stored chunks. */
    FileStat copy(FsPath from, FsPath to, Precondition targetPrecondition);

    default FileStat write(FsPath path, byte[] content) {
        return write(path, new ByteArrayInputStream(content), Precondition.NONE);
    }

    default FileStat append(FsPath path, byte[] content) {
        return append(path, new ByteArrayInputStream(content), Precondition.NONE);
    }

    default byte[] readAll(FsPath path) {
        try (OpenFile file = open(path, 0, -1)) {
            return file.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
