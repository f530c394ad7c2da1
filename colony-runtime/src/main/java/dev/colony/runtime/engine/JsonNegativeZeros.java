package dev.colony.runtime.engine;

/**
 * Finds the negative zeros of a JSON text ({@code -0}, {@code -0.0}, {@code -1e-400}), which Rhino's
 * JSON parser reads as 0. The prelude's {@code JSON.parse} parses a text that holds one a second
 * time with each written as a marker string, and puts -0 where the marker meets a 0. Scanning in
 * Java: a scan in interpreted JavaScript (or with Rhino's regular expressions) costs more than
 * the parse. Public for the prelude's test harness, which stands in for the host.
 */
public final class JsonNegativeZeros {
  private JsonNegativeZeros() {}

  /**
   * {@code json} with each negative-zero number replaced by {@code marker}, or null when it has
   * none. {@code json} must be valid JSON: outside strings, a '-' then starts a number.
   */
  public static String mark(String json, String marker) {
    StringBuilder marked = null;
    int copied = 0;
    int length = json.length();
    for (int i = 0; i < length; i++) {
      char c = json.charAt(i);
      if (c == '"') {
        i = closingQuote(json, i + 1);
      } else if (c == '-') {
        int end = numberEnd(json, i + 1);
        if (Double.parseDouble(json.substring(i, end)) == 0) {
          if (marked == null) {
            marked = new StringBuilder(length + marker.length());
          }
          marked.append(json, copied, i).append(marker);
          copied = end;
        }
        i = end - 1;
      }
    }
    return marked == null ? null : marked.append(json, copied, length).toString();
  }

  private static int closingQuote(String json, int from) {
    int i = from;
    while (json.charAt(i) != '"') {
      i += json.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  private static int numberEnd(String json, int from) {
    int i = from;
    while (i < json.length() && "0123456789.eE+-".indexOf(json.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }
}
