package dev.colony.cli;

import dev.colony.protocol.api.ProgramView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How the CLI shows sizes, durations, labels and programs to people. */
final class Formats {
  private Formats() {}

  /** 512 B, 12.3 KiB, 4.0 MiB, 1.5 GiB. */
  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  /** 12.3 s, 4m 05s, 2h 03m, 3d 04h. */
  static String duration(long millis) {
    long ms = Math.max(0, millis);
    long seconds = ms / 1000;
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }
    if (seconds < 86_400) {
      return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds / 60 % 60);
    }
    return String.format(Locale.ROOT, "%dd %02dh", seconds / 86_400, seconds / 3600 % 24);
  }

  /** "0.4 s ago", or "never" for an engine that never reported. */
  static String ago(long thenMillis, long nowMillis) {
    return thenMillis <= 0 ? "never" : duration(nowMillis - thenMillis) + " ago";
  }

  /** 0.0-1.0 as a percentage; the engine reports -1 when its JVM cannot tell. */
  static String cpu(double load) {
    return load < 0 ? "?" : String.format(Locale.ROOT, "%.0f%%", load * 100);
  }

  /** k=v pairs sorted by key, or "-". */
  static String labels(Map<String, String> labels) {
    return labels.isEmpty() ? "-" : new TreeMap<>(labels).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
  }

  /** "counter (p-1a2b3c4d)", or the bare id of a program without its own name. */
  static String program(ProgramView program) {
    return program.name() == null || program.name().equals(program.id())
        ? program.id() : program.name() + " (" + program.id() + ")";
  }

  /** 2025-01-02T03:04:05Z: UTC, to the second. */
  static String instant(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static String orDash(String text) {
    return text == null ? "-" : text;
  }
}
