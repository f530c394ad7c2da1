package dev.colony.runtime.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Corpus programs Colony does not yet run as Node does, each with the reason, read from
 * {@code conformance/known-differences.txt}. A listed program that starts matching fails its test,
 * so the list only ever shrinks and never hides a fixed program.
 *
 * <p>Lines: {@code PROGRAM MODE REASON}; MODE {@code run} means it differs even uninterrupted (and
 * so also when captured), {@code capture} that it differs only once captured and restored.
 */
public final class KnownDifferences {
  public enum Mode { RUN, CAPTURE }

  private record Entry(Mode mode, String reason) {}

  private static final Map<String, Entry> ENTRIES = load();

  private KnownDifferences() {}

  public static Optional<String> reason(Corpus program, Mode mode) {
    Entry entry = ENTRIES.get(program.name());
    if (entry == null || (entry.mode == Mode.CAPTURE && mode == Mode.RUN)) {
      return Optional.empty();
    }
    return Optional.of(entry.reason);
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> entries = new HashMap<>();
    try {
      for (String line : Files.readAllLines(Corpus.directory().resolve("known-differences.txt"))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.trim().split("\\s+", 3);
        entries.put(parts[0], new Entry(Mode.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)), parts[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
