package dev.colony.gfs.fs;

import java.time.Instant;

/** One row of gfs_entry: a file or a directory, under its parent's id. */
record Entry(long id, long parent, String name, FileKind kind, long size, long version, long mtime, long ctime) {

    boolean isDirectory() {
        return kind == FileKind.DIRECTORY;
    }

    FileStat stat(FsPath path) {
        return new FileStat(path, kind, size, version, Instant.ofEpochMilli(mtime), Instant.ofEpochMilli(ctime));
    }

    Entry changed(long newSize, long newVersion, long now) {
        return new Entry(id, parent, name, kind, newSize, newVersion, now, now);
    }
}
