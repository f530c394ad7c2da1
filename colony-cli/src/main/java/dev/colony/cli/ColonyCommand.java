package dev.colony.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code colony} command: the root of every sub-command. */
@Command(
    name = "colony",
    mixinStandardHelpOptions = true,
    versionProvider = ColonyVersion.class,
    description = "Runs JavaScript on a hive of workers.",
    subcommands = {LocalCommand.class})
public final class ColonyCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'colony local run FILE'");
  }

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  static CommandLine newCommandLine() {
    return new CommandLine(new ColonyCommand());
  }
}
