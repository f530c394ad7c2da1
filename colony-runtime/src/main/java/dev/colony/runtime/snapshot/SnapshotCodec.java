package dev.colony.runtime.snapshot;

import java.util.Objects;

/**
 * Writes and reads the snapshot byte format (layout in {@link SnapshotFrame}): a versioned,
 * self-describing, signed container around an opaque state payload.
 *
 * <p>Reading checks, in order: length and magic, format version, the signature (in constant time,
 * before anything else is parsed or inflated), the header with strict bounds, the runtime version,
 * and finally inflates the state under a hard cap. Every refusal is a {@link SnapshotException} with
 * a one-line message; hostile input never yields another exception, a huge allocation or a hang.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SnapshotCodec {
  public static final int FORMAT_VERSION = 2;
  public static final int DEFAULT_MAX_STATE_BYTES = 512 * 1024 * 1024;
  /** The largest byte array a JVM reliably allocates. */
  private static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

  private final SnapshotKey key;
  private final String runtimeVersion;
  private final int maxStateBytes;
  private final boolean acceptsOtherRuntimes;

  /**
   * A codec that signs with {@code key} and reads only snapshots written by {@code runtimeVersion}
   * (Rhino's serialised classes change between versions), with at most
   * {@value #DEFAULT_MAX_STATE_BYTES} bytes of state.
   */
  public SnapshotCodec(SnapshotKey key, String runtimeVersion) {
    this(key, runtimeVersion, DEFAULT_MAX_STATE_BYTES, false);
  }

  private SnapshotCodec(
      SnapshotKey key, String runtimeVersion, int maxStateBytes, boolean acceptsOtherRuntimes) {
    this.key = Objects.requireNonNull(key, "key");
    this.runtimeVersion = Objects.requireNonNull(runtimeVersion, "runtimeVersion");
    this.maxStateBytes = maxStateBytes;
    this.acceptsOtherRuntimes = acceptsOtherRuntimes;
  }

  /** The same codec with another cap on state size, for writing and for inflating. */
  public SnapshotCodec withMaxStateBytes(int maxStateBytes) {
    if (maxStateBytes < 0 || maxStateBytes > MAX_ARRAY_BYTES) {
      throw new IllegalArgumentException("maxStateBytes out of range: " + maxStateBytes);
    }
    return new SnapshotCodec(key, runtimeVersion, maxStateBytes, acceptsOtherRuntimes);
  }

  /**
   * The same codec reading snapshots of any runtime version: for tools that only look (describe),
   * never for resuming.
   */
  public SnapshotCodec acceptingOtherRuntimeVersions() {
    return new SnapshotCodec(key, runtimeVersion, maxStateBytes, true);
  }

  /**
   * Compresses {@code state}, wraps it with {@code header} and signs the whole. The header's format
   * version and sizes are not taken from {@code header} but written as they really are (see
   * {@link SnapshotHeader#of}); {@link #readHeader} returns them.
   */
  public byte[] encode(SnapshotHeader header, byte[] state) {
    if (state.length > maxStateBytes) {
      throw new SnapshotException("program state is " + state.length
          + " bytes, more than the snapshot limit of " + maxStateBytes);
    }
    byte[] payload = StateCompression.deflate(state);
    byte[] headerBytes =
        HeaderCodec.write(header.withLayout(FORMAT_VERSION, payload.length, state.length));
    return SnapshotFrame.assemble(FORMAT_VERSION, headerBytes, payload, key);
  }

  /** Verifies and unwraps a snapshot: its header and its inflated state. */
  public Snapshot decode(byte[] bytes) {
    SnapshotFrame frame = SnapshotFrame.locate(bytes, FORMAT_VERSION);
    SnapshotHeader header = verifiedHeader(bytes, frame);
    if (header.stateSize() > maxStateBytes) {
      throw new SnapshotException("snapshot holds " + header.stateSize()
          + " bytes of state, more than this reader's limit of " + maxStateBytes);
    }
    byte[] state = StateCompression.inflate(
        bytes, frame.payloadOffset(), (int) frame.payloadLength(), (int) header.stateSize());
    return new Snapshot(header, state);
  }

  /**
   * Verifies a snapshot exactly as {@link #decode} does, but stops after the header: the state is
   * neither inflated nor checked against the size limit. For describing a snapshot.
   */
  public SnapshotHeader readHeader(byte[] bytes) {
    return verifiedHeader(bytes, SnapshotFrame.locate(bytes, FORMAT_VERSION));
  }

  private SnapshotHeader verifiedHeader(byte[] bytes, SnapshotFrame frame) {
    frame.verifySignature(bytes, key);
    SnapshotHeader header = HeaderCodec.read(
        bytes, frame.headerOffset(), frame.headerLength(), frame.formatVersion(), frame.payloadLength());
    if (!acceptsOtherRuntimes && !header.runtimeVersion().equals(runtimeVersion)) {
      throw new SnapshotException("snapshot was written by " + header.runtimeVersion()
          + " but this is " + runtimeVersion
          + "; its state can only be resumed by the same runtime and Rhino version");
    }
    return header;
  }
}
