package dev.colony.gfs.fs;

/**
 * Why a file system operation failed, named as Node's {@code fs} names them so programs see the
 * codes they know; REST maps each to one HTTP status.
 */
public enum FsError {
    /** No such file or directory (HTTP 404). */
    ENOENT,
    /** The path exists already (409). */
    EEXIST,
    /** A component used as a directory is a file (409). */
    ENOTDIR,
    /** A file operation on a directory (409). */
    EISDIR,
    /** The directory is not empty (409). */
    ENOTEMPTY,
    /** A bad argument: an invalid path, a negative length, a directory moved into itself (400). */
    EINVAL,
    /** The caller's expected version is not the current one: someone else changed it (412). */
    ESTALE,
    /** The file would grow beyond the file system's size limit (413). */
    EFBIG
}
