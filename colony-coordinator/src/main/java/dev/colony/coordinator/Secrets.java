package dev.colony.coordinator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/** Random secrets (tokens, broker passwords), the owner-only files that keep them, and their comparison. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private Secrets() {
    }

    /** 32 random bytes, URL-safe base64 without padding (43 characters). */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The secret in {@code file}, created with a random one (mode 600) on first use. A file that group
     * or others may read is refused: whoever reads it controls the cluster.
     */
    static String loadOrCreate(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new IllegalStateException(file + " is accessible by group or others ("
                    + PosixFilePermissions.toString(permissions) + "); run: chmod 600 " + file);
            }
            String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (secret.isEmpty()) {
                throw new IllegalStateException(file + " is empty; delete it to get a new secret");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code text} to {@code file} (mode 600), replacing it whole: a reader sees the old or the new file. */
    static void writeOwnerOnly(Path file, String text) {
        try {
            Path temporary = ownerOnlyTemporary(file);
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Compares in constant time (digests first, so the length does not leak either). */
    static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(sha256(expected), sha256(given));
    }

    private static void create(Path file) throws IOException {
        // written whole under a temporary name, then moved: a concurrent start sees all of it or none
        Path temporary = ownerOnlyTemporary(file);
        try {
            Files.writeString(temporary, random() + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException someoneElseCreatedIt) {
            // theirs is read next
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path ownerOnlyTemporary(Path file) throws IOException {
        return Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
