package dev.colony.runtime.engine;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.mozilla.javascript.Context;

/**
 * Program scopes built ahead of need, so that starting or restoring a program skips the prelude
 * (see {@link ProgramScope}). A daemon thread keeps {@code spares} scopes ready and builds the next
 * one whenever one is taken; a runner that finds none builds its own, as without a pool.
 */
public final class ScopePool implements AutoCloseable {
  private static final ScopePool NONE = new ScopePool(null, null);

  private final BlockingQueue<ProgramScope> ready;
  private final Thread builder;

  private ScopePool(BlockingQueue<ProgramScope> ready, Thread builder) {
    this.ready = ready;
    this.builder = builder;
  }

  /** No scopes ahead: for a process that runs one program. */
  public static ScopePool none() {
    return NONE;
  }

  /** Keeps {@code spares} scopes ready (for engines, where programs arrive by migration). */
  public static ScopePool keeping(int spares) {
    if (spares < 1) {
      throw new IllegalArgumentException("spares must be 1 or more: " + spares);
    }
    BlockingQueue<ProgramScope> ready = new ArrayBlockingQueue<>(spares);
    Thread builder = new Thread(() -> build(ready), "colony-scope-builder");
    builder.setDaemon(true);
    builder.setPriority(Thread.MIN_PRIORITY); // spare work: running programs come first
    builder.start();
    return new ScopePool(ready, builder);
  }

  /** A ready scope, or null when none is (the caller builds its own). */
  ProgramScope take() {
    return ready == null ? null : ready.poll();
  }

  @Override
  public void close() {
    if (builder != null) {
      builder.interrupt();
    }
  }

  private static void build(BlockingQueue<ProgramScope> ready) {
    Context cx = SandboxContextFactory.INSTANCE.enterContext();
    try {
      while (!Thread.currentThread().isInterrupted()) {
        ready.put(ProgramScope.build(cx));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // closed
    } catch (RuntimeException e) {
      // runners build their own scopes from now on; nothing is lost but time
      System.getLogger(ScopePool.class.getName()).log(System.Logger.Level.WARNING, "building spare program scopes failed", e);
    } finally {
      Context.exit();
    }
  }
}
