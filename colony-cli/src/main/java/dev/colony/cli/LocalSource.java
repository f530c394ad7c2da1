package dev.colony.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What {@code fs put} and {@code fs append} send: a local file, checked before anything is sent, or stdin. */
record LocalSource(InputStream stream, long size) implements AutoCloseable {

  /** @param name a file, or {@code -} for stdin (size unknown: -1) */
  static LocalSource open(String name, CliContext context) {
    if (name.equals("-")) {
      return new LocalSource(context.stdin(), -1);
    }
    Path file = Path.of(name);
    if (!Files.isRegularFile(file)) {
      throw new CliFailure(CliFailure.USAGE, (Files.isDirectory(file) ? "a directory, not a file: " : "no such file: ") + file);
    }
    try {
      return new LocalSource(Files.newInputStream(file), Files.size(file));
    } catch (IOException e) {
      throw new CliFailure(CliFailure.USAGE, "cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Closes a file; stdin stays open. */
  @Override
  public void close() {
    if (size >= 0) {
      try {
        stream.close();
      } catch (IOException e) {
        // read to the end already, or the request failed: nothing to save
      }
    }
  }
}
