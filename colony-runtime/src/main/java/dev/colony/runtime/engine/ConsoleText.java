package dev.colony.runtime.engine;

/** What a program's console text becomes on its way out, as Node writes it. */
final class ConsoleText {
  private static final char REPLACEMENT = '\uFFFD';

  private ConsoleText() {}

  /**
   * Node encodes console output as UTF-8, where a lone surrogate has no encoding: it writes U+FFFD
   * instead. Doing it here keeps the text a program's output receives equal to Node's bytes.
   */
  static String wellFormed(String text) {
    StringBuilder fixed = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (fixed == null) {
        fixed = new StringBuilder(text);
      }
      fixed.setCharAt(i, REPLACEMENT);
    }
    return fixed == null ? text : fixed.toString();
  }
}
