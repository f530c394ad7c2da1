package dev.colony.gfs.fs;

/** A file system operation refused, with its {@link FsError} and a message naming the path; nothing was changed. */
public final class FsException extends RuntimeException {

    private final FsError error;

    public FsException(FsError error, String message) {
        super(message);
        this.error = error;
    }

    public FsError error() {
        return error;
    }

    static FsException of(FsError error, FsPath path, String what) {
        return new FsException(error, error + ": " + what + ", '" + path + "'");
    }
}
