package dev.colony.runtime.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that signs snapshots (HMAC-SHA256). Every engine that resumes a program must hold the
 * key that signed its snapshot.
 *
 * <p>A key is written as hexadecimal text, both in {@value #ENVIRONMENT_VARIABLE} and in the key
 * file: at least {@value #MIN_BYTES} bytes, i.e. 64 hex digits (e.g. {@code openssl rand -hex 32}).
 */
public final class SnapshotKey {
  public static final int MIN_BYTES = 32;
  public static final String ENVIRONMENT_VARIABLE = "COLONY_SNAPSHOT_KEY";
  /** Where the key lives, relative to the user's home directory. */
  public static final String DEFAULT_FILE = ".colony/snapshot.key";

  private static final String ALGORITHM = "HmacSHA256";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private final SecretKeySpec secret;
  private final String source;

  private SnapshotKey(byte[] bytes, String source) {
    if (bytes.length < MIN_BYTES) {
      throw new SnapshotException(
          source + " holds a " + bytes.length + "-byte key; a snapshot key needs at least "
              + MIN_BYTES + " bytes (" + 2 * MIN_BYTES + " hex digits)");
    }
    this.secret = new SecretKeySpec(bytes, ALGORITHM);
    this.source = source;
  }

  /** A key from raw bytes (at least {@value #MIN_BYTES}); {@code source} names it in messages. */
  public static SnapshotKey of(byte[] bytes, String source) {
    return new SnapshotKey(bytes.clone(), source);
  }

  /** A fresh random key, e.g. for tests or a one-off engine. */
  public static SnapshotKey random() {
    return new SnapshotKey(randomBytes(), "a random key");
  }

  /**
   * The key from {@value #ENVIRONMENT_VARIABLE} if it is set (not blank), otherwise the key file
   * {@value #DEFAULT_FILE} under {@code home}, created on first use.
   */
  public static SnapshotKey fromEnvironmentOrFile(Map<String, String> environment, Path home) {
    String text = environment.get(ENVIRONMENT_VARIABLE);
    if (text != null && !text.isBlank()) {
      return new SnapshotKey(parseHex(text, ENVIRONMENT_VARIABLE), ENVIRONMENT_VARIABLE);
    }
    return loadOrCreate(home.resolve(DEFAULT_FILE));
  }

  /**
   * Reads the key file, or creates it with a random key, readable by its owner only (mode 600, its
   * missing parent directories 700). A key file that group or others may access is refused: anyone
   * who can read it can sign snapshots that this engine will run.
   */
  public static SnapshotKey loadOrCreate(Path file) {
    try {
      if (Files.notExists(file)) {
        create(file);
      }
      requireOwnerOnly(file);
      String text = Files.readString(file, StandardCharsets.US_ASCII);
      return new SnapshotKey(parseHex(text, "key file " + file), "key file " + file);
    } catch (IOException e) {
      throw new SnapshotException(
          "cannot read or create key file " + file + " (" + e.getClass().getSimpleName() + ": "
              + e.getMessage() + ")", e);
    }
  }

  /** The HMAC-SHA256 of {@code bytes[offset, offset + length)}. */
  byte[] sign(byte[] bytes, int offset, int length) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      mac.update(bytes, offset, length);
      return mac.doFinal();
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("this JDK cannot compute " + ALGORITHM, e);
    }
  }

  /** Names where the key came from; never shows the key. */
  @Override
  public String toString() {
    return "SnapshotKey[" + source + "]";
  }

  private static void create(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    boolean posix = hasPosixModes(file);
    if (posix) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
    } else {
      Files.createDirectories(dir);
    }
    // Write the whole key under a temporary name, then move it in place: another process never
    // sees a half-written key, and if it created one first, its key wins and ours is dropped.
    Path temporary = posix
        ? Files.createTempFile(dir, ".snapshot-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
        : Files.createTempFile(dir, ".snapshot-key", ".tmp");
    try {
      Files.writeString(temporary, HexFormat.of().formatHex(randomBytes()) + "\n", StandardCharsets.US_ASCII);
      Files.move(temporary, file);
    } catch (FileAlreadyExistsException someoneElseCreatedIt) {
      // Fine: the existing key is read next.
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void requireOwnerOnly(Path file) throws IOException {
    if (!hasPosixModes(file)) {
      return; // e.g. Windows: the file system's own ACLs protect the key.
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    if (!OWNER_ONLY.containsAll(permissions)) {
      throw new SnapshotException(
          "key file " + file + " is accessible by group or others ("
              + PosixFilePermissions.toString(permissions) + "); run: chmod 600 " + file);
    }
  }

  private static boolean hasPosixModes(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static byte[] parseHex(String text, String source) {
    String hex = text.strip();
    try {
      return HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      throw new SnapshotException(source + " is not a hex-encoded key (expected "
          + 2 * MIN_BYTES + " or more hex digits, e.g. from: openssl rand -hex 32)");
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[MIN_BYTES];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
