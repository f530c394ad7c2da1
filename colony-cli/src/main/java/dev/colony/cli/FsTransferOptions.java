package dev.colony.cli;

import picocli.CommandLine.Option;

/** {@code --progress --quiet}: whether {@code get} and {@code put} draw a progress bar on stderr. */
final class FsTransferOptions {
  /** Smaller files go by too fast for a bar to help. */
  static final long PROGRESS_THRESHOLD_BYTES = 8L << 20;

  @Option(names = "--progress", description = "Always show the progress bar on stderr.")
  boolean progress;

  @Option(names = "--quiet", description = "Never show the progress bar (default: shown for files over 8 MiB when stderr "
      + "is a terminal).")
  boolean quiet;

  /** @param totalBytes the size, or -1 when unknown (stdin) */
  boolean show(long totalBytes, CliContext context) {
    if (quiet) {
      return false;
    }
    return progress || totalBytes > PROGRESS_THRESHOLD_BYTES && context.stderrIsTerminal();
  }
}
