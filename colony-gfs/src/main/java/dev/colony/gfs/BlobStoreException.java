package dev.colony.gfs;

/** A blob store failed, cannot be reached, refused access or returned corrupt bytes. */
public final class BlobStoreException extends RuntimeException {

    public BlobStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public BlobStoreException(String message) {
        super(message);
    }
}
