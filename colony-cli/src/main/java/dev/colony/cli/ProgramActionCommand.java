package dev.colony.cli;

import dev.colony.client.ColonyClient;
import dev.colony.protocol.api.ProgramView;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code colony pause|resume|kill PROGRAM}: one call on one program, reported in one line. */
@Command(mixinStandardHelpOptions = true)
final class ProgramActionCommand extends ClusterCommand implements Callable<Integer> {
  /** The three commands differ only in their call, their help and the word they report with. */
  enum Action {
    PAUSE("pause", "paused", "Pause PROGRAM: it keeps its state, and its messages wait until it resumes.", ColonyClient::pause),
    RESUME("resume", "resumed", "Resume a paused PROGRAM.", ColonyClient::resume),
    KILL("kill", "killed", "Stop PROGRAM for good.", ColonyClient::kill);

    final String command;
    final String done;
    final String description;
    final BiFunction<ColonyClient, String, ProgramView> call;

    Action(String command, String done, String description, BiFunction<ColonyClient, String, ProgramView> call) {
      this.command = command;
      this.done = done;
      this.description = description;
      this.call = call;
    }
  }

  private final Action action;

  @Parameters(paramLabel = "PROGRAM", description = "The program's id or unique name.")
  String program;

  private ProgramActionCommand(Action action) {
    this.action = action;
  }

  /** Adds {@code colony pause}, {@code resume} and {@code kill} to the root command. */
  static void addTo(CommandLine root) {
    for (Action action : Action.values()) {
      CommandLine command = new CommandLine(new ProgramActionCommand(action));
      command.getCommandSpec().usageMessage().description(action.description);
      root.addSubcommand(action.command, command);
    }
  }

  @Override
  public Integer call() {
    ProgramView view = action.call.apply(client(), program);
    out().println(action.done + " " + Formats.program(view));
    return 0;
  }
}
