package dev.colony.protocol.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * How REST carries the global file system's errors (docs/gfs.md): each constant is named as the
 * gfs {@code FsError} it stands for, with the {@link ApiError} type and HTTP status it travels as,
 * so the coordinator and the client map them through one table.
 */
public enum FsErrorType {
    ENOENT("no-such-file", 404),
    EEXIST("file-exists", 409),
    ENOTDIR("not-a-directory", 409),
    EISDIR("is-a-directory", 409),
    ENOTEMPTY("directory-not-empty", 409),
    EINVAL("invalid-path", 400),
    ESTALE("version-mismatch", 412),
    EFBIG("file-too-large", 413);

    private final String type;
    private final int status;

    FsErrorType(String type, int status) {
        this.type = type;
        this.status = status;
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    public static Optional<FsErrorType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
