package dev.colony.gfs;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 names of blobs, and the check that a name is one (names become file paths and URLs). */
public final class BlobHashes {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private BlobHashes() {
    }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Checks bytes offered under a name: throws {@link BlobHashMismatchException} when they do not
     * hash to it, {@link IllegalArgumentException} when it is not a hash.
     */
    public static void requireMatch(String hash, byte[] bytes) {
        require(hash);
        String actual = of(bytes);
        if (!actual.equals(hash)) {
            throw new BlobHashMismatchException(hash, actual);
        }
    }

    /** Returns the hash, or throws {@link IllegalArgumentException} when it is not 64 lower-case hex digits. */
    public static String require(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            String shown = hash == null ? "null" : hash.length() > 80 ? hash.substring(0, 80) + "…" : hash;
            throw new IllegalArgumentException("blob name '" + shown + "' is not a SHA-256 hash (64 lower-case hex digits)");
        }
        return hash;
    }
}
