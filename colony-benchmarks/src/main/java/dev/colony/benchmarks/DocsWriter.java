package dev.colony.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the generated blocks of a Markdown file and leaves everything else in it alone, so the
 * prose around the tables survives a new run. A block is the text between
 * {@code <!-- BEGIN GENERATED name -->} and {@code <!-- END GENERATED name -->}; a block the file
 * does not have yet is appended at its end.
 */
final class DocsWriter {
  private DocsWriter() {}

  static String begin(String name) {
    return "<!-- BEGIN GENERATED " + name + ": a script in bench/ rewrites this block -->";
  }

  static String end(String name) {
    return "<!-- END GENERATED " + name + " -->";
  }

  static String replaceBlocks(String document, Map<String, String> blocks) {
    String result = document;
    for (var block : blocks.entrySet()) {
      String name = block.getKey();
      String body = block.getValue().strip();
      Pattern pattern = Pattern.compile(Pattern.quote("<!-- BEGIN GENERATED " + name) + "[^\\n]*-->\\n.*?"
          + Pattern.quote(end(name)), Pattern.DOTALL);
      Matcher m = pattern.matcher(result);
      String replacement = begin(name) + "\n" + body + "\n" + end(name);
      if (m.find()) {
        result = result.substring(0, m.start()) + replacement + result.substring(m.end());
      } else {
        result = result.stripTrailing() + (result.isBlank() ? "" : "\n\n") + replacement + "\n";
      }
    }
    return result;
  }

  static void write(Path file, Map<String, String> blocks) throws IOException {
    String document = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, replaceBlocks(document, blocks));
  }
}
