package dev.colony.cli;

import dev.colony.client.ColonyClient;
import dev.colony.protocol.api.ProgramView;
import picocli.CommandLine.Command;

/** {@code colony pause PROGRAM}. */
@Command(name = "pause", mixinStandardHelpOptions = true, description = "Pause PROGRAM: it keeps its state, and its messages wait until it resumes.")
final class PauseCommand extends ProgramActionCommand {
  @Override
  ProgramView act(ColonyClient client, String ref) {
    return client.pause(ref);
  }

  @Override
  String done() {
    return "paused";
  }
}
