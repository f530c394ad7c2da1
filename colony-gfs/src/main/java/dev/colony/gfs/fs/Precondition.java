package dev.colony.gfs.fs;

/**
 * What a writer expects to find at the path, checked in the same transaction as the change:
 * {@link #NONE} (anything), {@link #ABSENT} (create only: {@link FsError#EEXIST} when it exists), or
 * {@link #version(long) a version} (read-modify-write: {@link FsError#ESTALE} when another change
 * came first, {@link FsError#ENOENT} when it is gone).
 */
public sealed interface Precondition {

    Precondition NONE = new None();
    Precondition ABSENT = new Absent();

    static Precondition version(long version) {
        return new Version(version);
    }

    record None() implements Precondition {
    }

    record Absent() implements Precondition {
    }

    record Version(long version) implements Precondition {
    }
}
