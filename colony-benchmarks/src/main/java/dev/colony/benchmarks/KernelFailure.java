package dev.colony.benchmarks;

/** A kernel that an engine cannot run, or runs to a wrong answer; the message says which. */
final class KernelFailure extends Exception {
  KernelFailure(String message) {
    super(message);
  }

  KernelFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
