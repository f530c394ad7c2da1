package dev.colony.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmarks' command lines: {@code --name value} pairs from a known list. */
final class Args {
  private Args() {}

  static Map<String, String> parse(String[] args, List<String> names, String usage) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : "";
      if (!names.contains(name) || i + 1 >= args.length) {
        throw new IllegalArgumentException("usage: " + usage + "; bad: " + args[i]);
      }
      options.put(name, args[++i]);
    }
    return options;
  }
}
