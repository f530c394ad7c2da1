package dev.colony.gfs;

/** The two puts of a {@link BlobStore} over one write of bytes already checked against their name. */
abstract class WritingBlobStore implements BlobStore {

    @Override
    public final String put(byte[] bytes) {
        String hash = BlobHashes.of(bytes);
        write(hash, bytes);
        return hash;
    }

    @Override
    public final void put(String hash, byte[] bytes) {
        BlobHashes.requireMatch(hash, bytes);
        write(hash, bytes);
    }

    /** Stores bytes that hash to {@code hash}; a no-op when the blob is there. */
    abstract void write(String hash, byte[] bytes);
}
