package dev.colony.gfs.fs;

/**
 * A piece of a file's contents: either a blob named by its hash, or (only the last piece of a file,
 * up to {@link #INLINE_MAX} bytes) bytes kept in the database row itself.
 */
record Chunk(int length, String blob, byte[] data) {

    /** The size of the blobs a file written whole is cut into. */
    static final int SIZE = 1 << 20;
    /** The most a file's last chunk holds in its database row: small files and appends cost no blob. */
    static final int INLINE_MAX = 64 << 10;

    static Chunk ofBlob(String hash, int length) {
        return new Chunk(length, hash, null);
    }

    static Chunk inline(byte[] data) {
        return new Chunk(data.length, null, data);
    }

    boolean isInline() {
        return blob == null;
    }
}
