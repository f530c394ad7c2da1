package dev.colony.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where cluster commands find the coordinator and their tokens, always in the same order: the
 * flag, then the environment, then the data directory ({@code --data} or {@code ~/.colony/data},
 * files as {@code colony up} writes them), then — for the coordinator only — the local default.
 */
final class ClusterSettings {
  static final URI DEFAULT_COORDINATOR = URI.create("http://127.0.0.1:8080");
  static final String COORDINATOR_ENV = "COLONY_URL";
  static final String ADMIN_TOKEN_ENV = "COLONY_TOKEN";
  static final String CLUSTER_TOKEN_ENV = "COLONY_CLUSTER_TOKEN";
  private static final long MAX_FILE_BYTES = 64 * 1024;

  private final CliContext context;
  private final Path dataDir;

  /** @param dataDirFlag {@code --data}, or null for {@code ~/.colony/data} */
  ClusterSettings(CliContext context, Path dataDirFlag) {
    this.context = context;
    this.dataDir = dataDirFlag != null ? dataDirFlag : defaultDataDir(context);
  }

  static Path defaultDataDir(CliContext context) {
    return context.home().resolve(".colony").resolve("data");
  }

  Path dataDir() {
    return dataDir;
  }

  URI coordinator(String flag) {
    if (flag != null) {
      return url(flag, "--coordinator");
    }
    String env = context.env(COORDINATOR_ENV);
    if (env != null) {
      return url(env, COORDINATOR_ENV);
    }
    Path file = dataDir.resolve("coordinator.json");
    if (Files.isRegularFile(file)) {
      return url(urlIn(file), file.toString());
    }
    return DEFAULT_COORDINATOR;
  }

  String adminToken(String flag) {
    return token(flag, "--token", ADMIN_TOKEN_ENV, "admin.token", "admin token");
  }

  String clusterToken(String flag) {
    return token(flag, "--cluster-token", CLUSTER_TOKEN_ENV, "cluster.token", "cluster token");
  }

  private String token(String flag, String flagName, String envName, String fileName, String what) {
    if (flag != null) {
      return flag.strip();
    }
    String env = context.env(envName);
    if (env != null) {
      return env.strip();
    }
    Path file = dataDir.resolve(fileName);
    if (!Files.isRegularFile(file)) {
      throw new CliFailure(CliFailure.UNREACHABLE, "no " + what + " found: looked at " + flagName + ", $" + envName
          + " and " + file + " (start a coordinator with 'colony up' or pass " + flagName + ")");
    }
    String token = read(file).strip();
    if (token.isEmpty()) {
      throw new CliFailure(CliFailure.UNREACHABLE, what + " file " + file + " is empty");
    }
    return token;
  }

  private static String urlIn(Path file) {
    try {
      JsonNode url = new ObjectMapper().readTree(read(file)).path("url");
      if (!url.isTextual()) {
        throw new CliFailure(CliFailure.USAGE, file + " has no \"url\" text field");
      }
      return url.asText();
    } catch (JsonProcessingException e) {
      throw new CliFailure(CliFailure.USAGE, file + " is not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
  }

  private static String read(Path file) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new CliFailure(CliFailure.USAGE, file + " is too large to be a Colony settings file");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliFailure(CliFailure.UNREACHABLE, "cannot read " + file + ": " + e.getMessage());
    }
  }

  private static URI url(String text, String source) {
    try {
      URI url = new URI(text.strip());
      String scheme = url.getScheme();
      if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && url.getHost() != null
          && url.getRawQuery() == null && url.getRawFragment() == null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // reported below with the source it came from
    }
    throw new CliFailure(CliFailure.USAGE, source + ": '" + text + "' is not a coordinator URL like http://127.0.0.1:8080");
  }
}
