package dev.colony.cli;

import dev.colony.client.ColonyClient;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code --coordinator --token --data}: how every command that calls the coordinator reaches it. */
@Command(exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:the coordinator refused, or the program or engine is unknown", "2:bad usage or input (e.g. a program that does not compile)",
        "4:cannot reach the coordinator, or no admin token found"})
final class ClusterOptions {
  @Option(names = "--coordinator", paramLabel = "URL",
      description = "The coordinator (default: $COLONY_URL, then DATA/coordinator.json, then http://127.0.0.1:8080).")
  String coordinator;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "The admin token (default: $COLONY_TOKEN, then DATA/admin.token).")
  String token;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The data directory of a local coordinator (default: ~/.colony/data).")
  Path data;

  ColonyClient client(CliContext context) {
    ClusterSettings settings = new ClusterSettings(context, data);
    try {
      return ColonyClient.connect(settings.coordinator(coordinator), settings.adminToken(token));
    } catch (IllegalArgumentException e) {
      throw new CliFailure(CliFailure.USAGE, e.getMessage());
    }
  }
}
