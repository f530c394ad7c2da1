package dev.colony.gfs;

import java.util.Optional;

/**
 * Immutable blobs named by the SHA-256 of their bytes (64 lower-case hex digits): program code and
 * snapshots. Writing the same bytes twice stores them once; a blob never changes once written, so
 * readers need no locks. Implementations are thread-safe.
 */
public interface BlobStore {

    /** Stores the bytes (a no-op when present) and returns their hash. */
    String put(byte[] bytes);

    /**
     * Stores bytes the caller names: fails with {@link BlobHashMismatchException} when they do not
     * hash to {@code hash}, and stores nothing then.
     */
    void put(String hash, byte[] bytes);

    /** The blob's bytes, or empty when there is none. */
    Optional<byte[]> get(String hash);

    boolean exists(String hash);
}
