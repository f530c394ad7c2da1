package dev.colony.runtime.snapshot;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The outer layout of a snapshot: a fixed prefix, the header, the payload and the signature.
 *
 * <pre>
 * offset       size  field
 * 0            10    magic "COLONYSNAP" (ASCII)
 * 10           2     format version, u16
 * 12           4     header length H, u32 (at most {@value #MAX_HEADER_BYTES})
 * 16           8     payload length P, u64
 * 24           H     header ({@link HeaderCodec})
 * 24+H         P     payload: the state, zlib-deflated
 * 24+H+P       32    HMAC-SHA256 of bytes [0, 24+H+P) under the snapshot key
 * </pre>
 *
 * All integers are big-endian. The lengths sit in the prefix so that truncation is reported, and the
 * signature found, before anything unauthenticated is interpreted.
 */
record SnapshotFrame(int formatVersion, int headerLength, long payloadLength) {
  static final int PREFIX_BYTES = 24;
  static final int SIGNATURE_BYTES = 32;
  static final int MAX_HEADER_BYTES = 16 * 1024 * 1024;
  static final int MIN_SNAPSHOT_BYTES = PREFIX_BYTES + SIGNATURE_BYTES;
  private static final byte[] MAGIC = "COLONYSNAP".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION_OFFSET = MAGIC.length;

  int headerOffset() {
    return PREFIX_BYTES;
  }

  int payloadOffset() {
    return PREFIX_BYTES + headerLength;
  }

  int signatureOffset() {
    return Math.toIntExact(PREFIX_BYTES + headerLength + payloadLength);
  }

  /** Lays out a snapshot and signs it. */
  static byte[] assemble(int formatVersion, byte[] header, byte[] payload, SnapshotKey key) {
    long total = (long) MIN_SNAPSHOT_BYTES + header.length + payload.length;
    if (header.length > MAX_HEADER_BYTES || total > Integer.MAX_VALUE - 8) {
      throw new SnapshotException("snapshot would be too large: header " + header.length
          + " bytes (at most " + MAX_HEADER_BYTES + "), payload " + payload.length + " bytes");
    }
    ByteBuffer out = ByteBuffer.allocate((int) total);
    out.put(MAGIC).putShort((short) formatVersion).putInt(header.length).putLong(payload.length);
    out.put(header).put(payload);
    out.put(key.sign(out.array(), 0, out.position()));
    return out.array();
  }

  /**
   * Checks magic, format version and lengths, in that order, without trusting anything beyond them:
   * the caller verifies the signature next.
   */
  static SnapshotFrame locate(byte[] bytes, int supportedVersion) {
    int n = bytes.length;
    if (n == 0) {
      throw new SnapshotException("snapshot is empty (0 bytes)");
    }
    if (!Arrays.equals(bytes, 0, Math.min(n, MAGIC.length), MAGIC, 0, Math.min(n, MAGIC.length))) {
      throw new SnapshotException("not a Colony snapshot (bad magic)");
    }
    if (n < VERSION_OFFSET + 2) {
      throw tooShort(n);
    }
    ByteBuffer prefix = ByteBuffer.wrap(bytes);
    int version = Short.toUnsignedInt(prefix.getShort(VERSION_OFFSET));
    if (version != supportedVersion) {
      throw new SnapshotException("snapshot format version " + version
          + " is not supported (this runtime reads " + supportedVersion + ")");
    }
    if (n < MIN_SNAPSHOT_BYTES) {
      throw tooShort(n);
    }
    long headerLength = Integer.toUnsignedLong(prefix.getInt(VERSION_OFFSET + 2));
    long payloadLength = prefix.getLong(VERSION_OFFSET + 6);
    if (headerLength > MAX_HEADER_BYTES || payloadLength < 0 || payloadLength > Integer.MAX_VALUE) {
      throw new SnapshotException("snapshot prefix is corrupt (header length " + headerLength
          + ", payload length " + Long.toUnsignedString(payloadLength) + ")");
    }
    long expected = MIN_SNAPSHOT_BYTES + headerLength + payloadLength;
    if (n == expected - SIGNATURE_BYTES) {
      throw unsigned();
    }
    if (n < expected) {
      throw new SnapshotException("snapshot is truncated (" + n + " bytes, header says " + expected + ")");
    }
    if (n > expected) {
      throw new SnapshotException(
          "snapshot has trailing bytes (" + n + " bytes, header says " + expected + ")");
    }
    return new SnapshotFrame(version, (int) headerLength, payloadLength);
  }

  /** Compares in constant time, so that timing reveals nothing about the expected signature. */
  void verifySignature(byte[] bytes, SnapshotKey key) {
    int at = signatureOffset();
    byte[] signature = Arrays.copyOfRange(bytes, at, at + SIGNATURE_BYTES);
    if (Arrays.equals(signature, new byte[SIGNATURE_BYTES])) {
      throw unsigned();
    }
    if (!MessageDigest.isEqual(signature, key.sign(bytes, 0, at))) {
      throw new SnapshotException(
          "snapshot signature does not match: the file was altered or signed with another key");
    }
  }

  private static SnapshotException tooShort(int n) {
    return new SnapshotException(
        "snapshot is truncated (" + n + " bytes, a snapshot has at least " + MIN_SNAPSHOT_BYTES + ")");
  }

  private static SnapshotException unsigned() {
    return new SnapshotException("unsigned snapshot: only signed snapshots can be read");
  }
}
