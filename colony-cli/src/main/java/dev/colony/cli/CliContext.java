package dev.colony.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What commands read from the world around them — environment, home directory, clock — passed in
 * so that tests give each run its own instead of the process's.
 */
record CliContext(Map<String, String> environment, Path home, Clock clock) {
  CliContext {
    environment = Map.copyOf(environment);
  }

  static CliContext system() {
    return new CliContext(System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemUTC());
  }

  String env(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value;
  }
}
