package dev.colony.gfs.fs;

import java.time.Instant;

/**
 * What the file system knows of one entry. {@code version} changes with every change to the entry
 * (contents, or a directory's list of children) and is never reused, even by a new file at the same
 * path: it is the entry's ETag and what a {@link Precondition} names.
 */
public record FileStat(FsPath path, FileKind kind, long size, long version, Instant mtime, Instant ctime) {

    public boolean isFile() {
        return kind == FileKind.FILE;
    }

    public boolean isDirectory() {
        return kind == FileKind.DIRECTORY;
    }

    public String name() {
        return path.name();
    }
}
