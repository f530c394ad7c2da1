package dev.colony.benchmarks;

/** A JVM-side way of running kernels: Colony's runtime or plain Rhino, in this process. */
interface KernelEngine {
  /** Compiles a kernel once; the runs reuse it, so compile time is never measured. */
  Prepared prepare(Kernel kernel) throws KernelFailure;

  /** A compiled kernel, ready to run any number of times, each run a fresh program. */
  interface Prepared {
    KernelRun run() throws KernelFailure;
  }
}
