package dev.colony.cli;

import dev.colony.client.ColonyClient;
import dev.colony.protocol.api.ProgramView;
import picocli.CommandLine.Command;

/** {@code colony resume PROGRAM}. */
@Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume a paused PROGRAM.")
final class ResumeCommand extends ProgramActionCommand {
  @Override
  ProgramView act(ColonyClient client, String ref) {
    return client.resume(ref);
  }

  @Override
  String done() {
    return "resumed";
  }
}
