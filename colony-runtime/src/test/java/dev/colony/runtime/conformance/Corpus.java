package dev.colony.runtime.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.util.Map;
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

  /** The corpus folder, also when it is read from this module's test jar by another module. */
  static Path directory() {
    try {
      URI uri = Corpus.class.getResource("/conformance").toURI();
      if (uri.getScheme().equals("jar")) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
          // another test opened the jar first: Path.of finds it
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the conformance corpus", e);
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
