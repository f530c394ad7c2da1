package dev.colony.runtime;

/**
 * How a program ended.
 *
 * @param outcome what happened
 * @param message one line for people: the error, the limit hit, or empty
 */
public record ProgramExit(Outcome outcome, String message) {
  public enum Outcome {
    /** No work left: timers, immediates and promise jobs all done. */
    COMPLETED,
    /** An uncaught error or unhandled rejection, as Node would exit 1. */
    FAILED,
    /** Stopped by the sandbox: a budget or limit was exceeded. */
    STOPPED_BY_SANDBOX,
    /** Killed on request. */
    KILLED,
    /** Captured into a snapshot and stopped, to continue elsewhere. */
    CAPTURED
  }

  /** The process exit code a CLI should use: 0 for completed and captured programs. */
  public int exitCode() {
    return switch (outcome) {
      case COMPLETED, CAPTURED -> 0;
      case FAILED -> 1;
      case STOPPED_BY_SANDBOX -> 3;
      case KILLED -> 137;
    };
  }
}
