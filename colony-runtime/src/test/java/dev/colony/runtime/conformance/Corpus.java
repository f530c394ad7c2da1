package dev.colony.runtime.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The conformance corpus: programs with the output Node prints for them (see its README). */
public record Corpus(Path program) {
  public static List<Corpus> all() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.filter(p -> p.getFileName().toString().endsWith(".js")).sorted().map(Corpus::new).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path directory() {
    try {
      return Path.of(Corpus.class.getResource("/conformance").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public String name() {
    return program.getFileName().toString();
  }

  public String source() {
    return read(program);
  }

  public String expectedStdout() {
    return read(sibling(".out"));
  }

  public String expectedStderr() {
    Path err = sibling(".err");
    return Files.exists(err) ? read(err) : "";
  }

  private Path sibling(String extension) {
    return program.resolveSibling(name().replace(".js", extension));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
