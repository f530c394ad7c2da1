package dev.colony.benchmarks;

import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.Program;
import dev.colony.runtime.ProgramExit;
import dev.colony.runtime.transpile.JsSyntaxException;
import dev.colony.runtime.transpile.TranspiledSource;
import dev.colony.runtime.transpile.Transpiler;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs kernels as Colony programs: transpiled, sandboxed, each run a fresh program on its own
 * thread with its event loop. With {@code safepoints} off the code is transpiled by
 * {@code new Transpiler(false)}, everything else the same, to measure what safepoints cost.
 */
final class ColonyEngine implements KernelEngine {
  static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

  private final JsRuntime runtime;
  private final boolean safepoints;

  ColonyEngine(JsRuntime runtime, boolean safepoints) {
    this.runtime = runtime;
    this.safepoints = safepoints;
  }

  @Override
  public Prepared prepare(Kernel kernel) throws KernelFailure {
    TranspiledSource compiled;
    try {
      compiled = safepoints
          ? runtime.compile(kernel.fileName(), kernel.source())
          : new Transpiler(false).transpile(kernel.fileName(), kernel.source());
    } catch (JsSyntaxException e) {
      throw new KernelFailure("does not compile: " + e.getMessage(), e);
    }
    return () -> run(kernel, compiled);
  }

  private KernelRun run(Kernel kernel, TranspiledSource compiled) throws KernelFailure {
    LineRecorder out = new LineRecorder();
    long start = System.nanoTime();
    Program program = runtime.load("bench-" + kernel.name(), compiled, out).start();
    ProgramExit exit = awaitExit(program);
    long wall = System.nanoTime() - start;
    if (exit.outcome() != ProgramExit.Outcome.COMPLETED) {
      throw new KernelFailure(exit.outcome() + ": " + exit.message()
          + (out.stderr().isBlank() ? "" : " — stderr: " + out.stderr().strip()));
    }
    if (out.lines().size() < 2) {
      throw new KernelFailure("the program ended " + exit.outcome() + " after printing only " + out.lines()
          + ": the rest of its work never ran");
    }
    return new KernelRun(out.lines(), out.kernelNanos(), out.kernelCpuNanos(), wall);
  }

  static ProgramExit awaitExit(Program program) throws KernelFailure {
    try {
      return program.exit().get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      program.kill();
      throw new KernelFailure("did not end within " + RUN_TIMEOUT.toSeconds() + " s (killed)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      program.kill();
      throw new KernelFailure("interrupted");
    } catch (ExecutionException e) {
      throw new KernelFailure("the runtime failed: " + e.getCause(), e.getCause());
    }
  }
}
