package dev.colony.runtime;

import dev.colony.runtime.engine.CapturedState;
import dev.colony.runtime.engine.ProgramRunner;
import dev.colony.runtime.engine.ScopePool;
import dev.colony.runtime.snapshot.Snapshot;
import dev.colony.runtime.snapshot.SnapshotCodec;
import dev.colony.runtime.snapshot.SnapshotHeader;
import dev.colony.runtime.snapshot.SnapshotKey;
import dev.colony.runtime.transpile.TranspiledSource;
import dev.colony.runtime.transpile.Transpiler;
import java.time.Clock;

/**
 * Colony's JavaScript runtime: compiles programs, runs each on its own thread, and turns captured
 * programs into signed snapshots and back. One per process is enough; it is thread-safe.
 */
public final class JsRuntime implements AutoCloseable {
  /**
   * Snapshots hold Rhino's internal classes and Colony's prelude by path, so only exactly this
   * runtime can resume them. Bump it whenever either changes shape.
   */
  public static final String VERSION = "colony-runtime/0.3.0 rhino/1.9.2 closure/v20260824";

  private final Limits limits;
  private final SnapshotCodec codec;
  private final SnapshotCodec describer;
  private final Clock clock;
  private final ScopePool scopes;

  private JsRuntime(Limits limits, SnapshotKey key, Clock clock, ScopePool scopes) {
    this.limits = limits;
    this.scopes = scopes;
    this.codec = new SnapshotCodec(key, VERSION);
    this.describer = codec.acceptingOtherRuntimeVersions();
    this.clock = clock;
  }

  /** @param key signs and verifies snapshots: engines that move programs between them share it */
  public static JsRuntime create(Limits limits, SnapshotKey key) {
    return new JsRuntime(limits, key, Clock.systemUTC(), ScopePool.none());
  }

  /**
   * As {@link #create}, keeping {@code spareScopes} program scopes built ahead on a background
   * thread, so that a program starts or resumes without running Colony's prelude first (tens of
   * milliseconds): for engines, where programs arrive by migration. {@link #close()} stops it.
   */
  public static JsRuntime withSpareScopes(Limits limits, SnapshotKey key, int spareScopes) {
    return new JsRuntime(limits, key, Clock.systemUTC(), ScopePool.keeping(spareScopes));
  }

  /**
   * Transpiles a program; throws {@link dev.colony.runtime.transpile.JsSyntaxException} with the
   * original position when it does not compile.
   */
  public TranspiledSource compile(String fileName, String source) {
    return new Transpiler(true).transpile(fileName, source);
  }

  /** A new program without pub/sub, not yet started. */
  public Program load(String programId, TranspiledSource compiled, ProgramOutput output) {
    return load(programId, compiled, output, PubSubPort.NONE);
  }

  /** A new program whose {@code pubsub} global talks through {@code port}, without a file system, not yet started. */
  public Program load(String programId, TranspiledSource compiled, ProgramOutput output, PubSubPort port) {
    return load(programId, compiled, output, port, FileSystemPort.NONE);
  }

  /** A new program whose {@code pubsub} talks through {@code port} and whose {@code fs} through {@code fileSystem}, not yet started. */
  public Program load(String programId, TranspiledSource compiled, ProgramOutput output, PubSubPort port,
      FileSystemPort fileSystem) {
    return new Program(programId, ProgramRunner.fresh(programId, compiled, limits, output, port, fileSystem, scopes));
  }

  /** The signed, self-describing snapshot of a captured program. */
  public byte[] seal(CapturedState captured) {
    SnapshotHeader header = SnapshotHeader.of(VERSION, captured.programId(), captured.generation(),
        clock.instant(), captured.summary());
    return codec.encode(header, captured.state());
  }

  /**
   * A program continuing from a snapshot, not yet started; its generation is one more than the
   * snapshot's.
   *
   * @throws dev.colony.runtime.snapshot.SnapshotException when the snapshot is altered, truncated,
   *     unsigned, signed with another key or written by another runtime
   */
  public Program restore(byte[] snapshot, ProgramOutput output) {
    return restore(snapshot, output, PubSubPort.NONE);
  }

  /** As {@link #restore(byte[], ProgramOutput)}, with the program's subscriptions registered again through {@code port}. */
  public Program restore(byte[] snapshot, ProgramOutput output, PubSubPort port) {
    return restore(snapshot, output, port, FileSystemPort.NONE);
  }

  /**
   * As {@link #restore(byte[], ProgramOutput, PubSubPort)}, with {@code fs} on {@code fileSystem}: the
   * outcomes of file operations the snapshot carries reach their callbacks first, once each.
   */
  public Program restore(byte[] snapshot, ProgramOutput output, PubSubPort port, FileSystemPort fileSystem) {
    Snapshot decoded = codec.decode(snapshot);
    String programId = decoded.header().programId();
    return new Program(programId, ProgramRunner.restored(programId, decoded.state(), limits, output, port, fileSystem, scopes));
  }

  /** A snapshot's header, verified but not restored; snapshots of other runtime versions are described too. */
  public SnapshotHeader describe(byte[] snapshot) {
    return describer.readHeader(snapshot);
  }

  /** Stops building spare scopes; programs already running are not affected. */
  @Override
  public void close() {
    scopes.close();
  }
}
