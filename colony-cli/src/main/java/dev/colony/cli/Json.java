package dev.colony.cli;

import dev.colony.protocol.JsonCodec;
import java.nio.charset.StandardCharsets;

/** The {@code --json} output: the REST API's records, one compact JSON document per line. */
final class Json {
  private static final JsonCodec CODEC = new JsonCodec(64 << 20);

  private Json() {}

  static String line(Object value) {
    return new String(CODEC.encode(value), StandardCharsets.UTF_8);
  }
}
