package dev.colony.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code --labels k=v,...}: what the scheduler matches programs to engines by. */
final class Labels {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,62}");
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._/:-]{0,128}");

  private Labels() {}

  /** @throws IllegalArgumentException naming the pair that is wrong */
  static Map<String, String> parse(String text) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (text == null) {
      return labels;
    }
    for (String pair : text.split(",", -1)) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq).strip();
      String value = eq < 0 ? null : pair.substring(eq + 1).strip();
      if (value == null || !KEY.matcher(key).matches() || !VALUE.matcher(value).matches()) {
        throw new IllegalArgumentException("'" + pair + "' is not key=value (keys: letters, digits . _ / -, up to 63; "
            + "values: the same and :, up to 128)");
      }
      if (labels.put(key, value) != null) {
        throw new IllegalArgumentException("label '" + key + "' is given twice");
      }
    }
    return labels;
  }
}
