package dev.colony.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --snapshot-at MS --snapshot-to PATH}, shared by {@code local run} and {@code local resume}. */
final class SnapshotOptions {
  @Option(names = "--snapshot-at", paramLabel = "MS",
      description = "Once MS milliseconds of run time have passed, capture the program at the next safepoint "
          + "or event boundary, write the snapshot and exit 0.")
  Long atMs;

  @Option(names = "--snapshot-to", paramLabel = "PATH", description = "Where --snapshot-at writes the snapshot.")
  Path to;

  /** Checks the two options come together; null when no snapshot is wanted. */
  Long validatedAt(CommandLine commandLine) {
    if (atMs == null && to == null) {
      return null;
    }
    if (atMs == null || to == null) {
      throw new CommandLine.ParameterException(commandLine, "--snapshot-at and --snapshot-to go together");
    }
    if (atMs < 0) {
      throw new CommandLine.ParameterException(commandLine, "--snapshot-at must be 0 or more milliseconds");
    }
    return atMs;
  }
}
