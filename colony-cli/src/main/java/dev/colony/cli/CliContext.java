package dev.colony.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What commands read from the world around them — environment, home directory, clock, the raw
 * stdin and stdout bytes (file contents), whether stderr is a terminal — passed in so that tests
 * give each run its own instead of the process's.
 */
record CliContext(Map<String, String> environment, Path home, Clock clock, InputStream stdin, OutputStream stdout,
                  boolean stderrIsTerminal) {
  CliContext {
    environment = Map.copyOf(environment);
  }

  /** Without stdin or stdout bytes: for commands that only print lines. */
  CliContext(Map<String, String> environment, Path home, Clock clock) {
    this(environment, home, clock, InputStream.nullInputStream(), OutputStream.nullOutputStream(), false);
  }

  static CliContext system() {
    return new CliContext(System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemUTC(), System.in, System.out,
        isTerminal(Path.of("/proc/self/fd/2")));
  }

  String env(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /** Linux: whether the descriptor leads to a terminal device (the JDK tells only for stdin and stdout together). */
  private static boolean isTerminal(Path descriptor) {
    try {
      String target = Files.readSymbolicLink(descriptor).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
