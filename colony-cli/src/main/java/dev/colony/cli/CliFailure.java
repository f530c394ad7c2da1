package dev.colony.cli;

/** A cluster command's failure: one line on stderr and an exit code, reported by {@link CliErrors}. */
final class CliFailure extends RuntimeException {
  static final int REFUSED = 1;
  static final int USAGE = 2;
  static final int UNREACHABLE = 4;

  private final int exitCode;

  CliFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
