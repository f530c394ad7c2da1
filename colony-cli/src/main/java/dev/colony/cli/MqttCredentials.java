package dev.colony.cli;

import dev.colony.protocol.JoinReply;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The accounts {@code colony up --mqtt} uses on an external broker, from a properties file:
 * {@code cluster.username}, {@code cluster.password}, {@code program.username}, {@code program.password}.
 */
record MqttCredentials(JoinReply.Account cluster, JoinReply.Account program) {
  private static final long MAX_BYTES = 64 * 1024;

  static MqttCredentials read(Path file) {
    Properties properties = new Properties();
    try {
      if (!Files.isRegularFile(file)) {
        throw new CliFailure(CliFailure.USAGE, "MQTT credentials file not found: " + file);
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new CliFailure(CliFailure.USAGE, "MQTT credentials file " + file + " is too large");
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new CliFailure(CliFailure.USAGE, "cannot read MQTT credentials file " + file + ": " + e.getMessage());
    }
    return new MqttCredentials(account(properties, "cluster", file), account(properties, "program", file));
  }

  private static JoinReply.Account account(Properties properties, String prefix, Path file) {
    String username = required(properties, prefix + ".username", file);
    String password = required(properties, prefix + ".password", file);
    return new JoinReply.Account(username, password);
  }

  private static String required(Properties properties, String key, Path file) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new CliFailure(CliFailure.USAGE, "MQTT credentials file " + file + " has no " + key);
    }
    return value.strip();
  }
}
