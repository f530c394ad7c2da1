package dev.colony.runtime.snapshot;

import dev.colony.runtime.snapshot.SnapshotSummary.PendingTimer;
import dev.colony.runtime.snapshot.SnapshotSummary.Variable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a snapshot header as plain text for {@code colony local describe}: aligned
 * {@code key: value} lines, then the pending timers and the top-level variables as small tables.
 *
 * <p>Texts come from the program (names, previews), so control and formatting characters are
 * shown escaped: a snapshot cannot move the cursor or recolour the terminal.
 */
public final class SnapshotDescription {
  private static final int MAX_CELL = 40;

  private SnapshotDescription() {}

  public static String render(SnapshotHeader header) {
    SnapshotSummary summary = header.summary();
    List<String[]> fields = List.of(
        field("program", header.programId()),
        field("generation", Long.toString(header.generation())),
        field("created", DateTimeFormatter.ISO_INSTANT.format(header.createdAt())),
        field("runtime", header.runtimeVersion()),
        field("format", Integer.toString(header.formatVersion())),
        field("captured at", summary.capturePoint().label()),
        field("program clock", duration(summary.programClockMillis())),
        field("console lines", Long.toString(summary.consoleLines())),
        field("state", size(header.stateSize()) + ", " + size(header.payloadSize()) + " compressed"),
        field("microtasks", Integer.toString(summary.pendingMicrotasks())),
        field("timers", Integer.toString(summary.timers().size())),
        field("variables", Integer.toString(summary.variables().size())));
    StringBuilder text = new StringBuilder();
    int keyWidth = fields.stream().mapToInt(f -> f[0].length()).max().orElse(0) + 1;
    for (String[] f : fields) {
      text.append(pad(f[0] + ":", keyWidth)).append(' ').append(f[1]).append('\n');
    }
    if (!summary.timers().isEmpty()) {
      text.append('\n').append("Timers\n");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"ID", "KIND", "REMAINING", "REPEAT", "CALLBACK"});
      for (PendingTimer timer : summary.timers()) {
        rows.add(new String[] {
          Long.toString(timer.id()),
          timer.kind().label(),
          duration(timer.remainingMillis()),
          timer.kind() == PendingTimer.Kind.INTERVAL ? duration(timer.repeatMillis()) : "-",
          timer.callbackName().isEmpty() ? "(anonymous)" : cell(timer.callbackName())
        });
      }
      appendTable(text, rows);
    }
    if (!summary.variables().isEmpty()) {
      text.append('\n').append("Variables\n");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"NAME", "TYPE", "PREVIEW"});
      for (Variable variable : summary.variables()) {
        rows.add(new String[] {
          cell(variable.name()), cell(variable.type()), printable(variable.preview())
        });
      }
      appendTable(text, rows);
    }
    return text.toString();
  }

  private static String[] field(String key, String value) {
    return new String[] {key, printable(value)};
  }

  /** Columns as wide as their widest cell, two spaces apart; the last one unpadded. */
  private static void appendTable(StringBuilder text, List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int c = 0; c < columns - 1; c++) {
        line.append(pad(row[c], widths[c])).append("  ");
      }
      line.append(row[columns - 1]);
      text.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** Program text in a table cell: escaped, and cut so one long name cannot widen the table. */
  private static String cell(String value) {
    String shown = printable(value);
    if (shown.codePointCount(0, shown.length()) <= MAX_CELL) {
      return shown;
    }
    return shown.substring(0, shown.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
  }

  /** Escapes what a terminal would act on instead of print: controls, bidi and other format marks. */
  static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED) {
        out.append(cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\U%08X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  private static String pad(String value, int width) {
    return value + " ".repeat(Math.max(0, width - width(value)));
  }

  /** Terminal columns: East Asian wide characters and most emoji take two. */
  private static int width(String value) {
    return value.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  static String duration(long millis) {
    if (millis < 1000) {
      return millis + " ms";
    }
    long seconds = millis / 1000;
    String fraction = String.format(Locale.ROOT, "%d.%03d s", seconds % 60, millis % 1000);
    if (seconds < 60) {
      return fraction;
    }
    long minutes = seconds / 60;
    String rest = minutes % 60 + " min " + fraction;
    return minutes < 60 ? rest : minutes / 60 + " h " + rest;
  }

  static String size(long bytes) {
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
    return String.format(Locale.ROOT, "%.1f %s (%d bytes)", value, units[unit], bytes);
  }
}
