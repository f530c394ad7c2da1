package dev.colony.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Markdown table, first column left-aligned and the rest right-aligned, plus number formats. */
final class Markdown {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  Markdown(String... header) {
    columns = header.length;
    rows.add(header);
  }

  void row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
    }
    rows.add(cells);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    line(out, rows.get(0));
    out.append("|---");
    out.append("|---:".repeat(columns - 1)).append("|\n");
    for (int i = 1; i < rows.size(); i++) {
      line(out, rows.get(i));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell).append(" |");
    }
    out.append('\n');
  }

  /** Milliseconds with three significant digits or so; a dash when not measured. */
  static String ms(double ms) {
    if (!Double.isFinite(ms)) {
      return "—";
    }
    return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms)
        : ms >= 10 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%.2f", ms);
  }

  static String ratio(double r) {
    if (!Double.isFinite(r)) {
      return "—";
    }
    return r >= 10 ? String.format(Locale.ROOT, "%.0f×", r) : String.format(Locale.ROOT, "%.2f×", r);
  }

  static String bytes(long n) {
    return n >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MiB", n / 1048576.0)
        : n >= 1 << 10 ? String.format(Locale.ROOT, "%.0f KiB", n / 1024.0) : n + " B";
  }

  /** Makes text safe for one table cell or list item: no line breaks, no pipes. */
  static String oneLine(String text) {
    String flat = text.replaceAll("\\s*\\R\\s*", " ⏎ ").replace("|", "\\|");
    return flat.length() > 400 ? flat.substring(0, 399) + "…" : flat;
  }
}
