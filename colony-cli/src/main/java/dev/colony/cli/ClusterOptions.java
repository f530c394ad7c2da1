package dev.colony.cli;

import dev.colony.client.ColonyClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --coordinator --token --data}: how every command that calls the coordinator's REST API reaches it. */
@Command(exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:the coordinator refused, or the program or engine is unknown", "2:bad usage or input (e.g. a program that does not compile)",
        "4:cannot reach the coordinator, or no admin token found"})
final class ClusterOptions {
  @Mixin CoordinatorLocation location = new CoordinatorLocation();

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "The admin token (default: $COLONY_TOKEN, then DATA/admin.token).")
  String token;

  ColonyClient client(CliContext context) {
    ClusterSettings settings = location.settings(context);
    try {
      return ColonyClient.connect(location.url(settings), settings.adminToken(token));
    } catch (IllegalArgumentException e) {
      throw new CliFailure(CliFailure.USAGE, e.getMessage());
    }
  }
}
