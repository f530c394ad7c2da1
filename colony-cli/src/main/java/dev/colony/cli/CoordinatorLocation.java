package dev.colony.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --coordinator --data}: where every command that talks to a coordinator finds it, and its settings files. */
final class CoordinatorLocation {
  @Option(names = "--coordinator", paramLabel = "URL",
      description = "The coordinator (default: $COLONY_URL, then DATA/coordinator.json, then http://127.0.0.1:8080).")
  String coordinator;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The data directory of a local coordinator (default: ~/.colony/data).")
  Path data;

  ClusterSettings settings(CliContext context) {
    return new ClusterSettings(context, data);
  }

  URI url(ClusterSettings settings) {
    return settings.coordinator(coordinator);
  }
}
