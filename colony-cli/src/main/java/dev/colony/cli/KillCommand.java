package dev.colony.cli;

import dev.colony.client.ColonyClient;
import dev.colony.protocol.api.ProgramView;
import picocli.CommandLine.Command;

/** {@code colony kill PROGRAM}. */
@Command(name = "kill", mixinStandardHelpOptions = true, description = "Stop PROGRAM for good.")
final class KillCommand extends ProgramActionCommand {
  @Override
  ProgramView act(ColonyClient client, String ref) {
    return client.kill(ref);
  }

  @Override
  String done() {
    return "killed";
  }
}
