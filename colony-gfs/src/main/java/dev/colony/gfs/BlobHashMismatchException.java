package dev.colony.gfs;

/** Bytes offered under a name they do not hash to: a corrupted or forged upload. */
public final class BlobHashMismatchException extends IllegalArgumentException {

    public BlobHashMismatchException(String named, String actual) {
        super("the bytes hash to " + actual + ", not to " + named);
    }
}
