package dev.colony.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code colony} command: the root of every sub-command. */
@Command(
    name = "colony",
    mixinStandardHelpOptions = true,
    versionProvider = ColonyVersion.class,
    description = "Runs JavaScript on a hive of workers.",
    subcommands = {LocalCommand.class, UpCommand.class, EngineCommand.class, EnginesCommand.class, RunCommand.class,
        PsCommand.class, LogsCommand.class})
public final class ColonyCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  final CliContext context;

  ColonyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'colony up' or 'colony local run FILE'");
  }

  public static void main(String[] args) {
    CommandLine command = newCommandLine(CliContext.system());
    // JSON is UTF-8, and program output and the migrate arrow should not depend on the locale.
    command.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    command.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(command.execute(args));
  }

  static CommandLine newCommandLine(CliContext context) {
    CliErrors errors = new CliErrors();
    CommandLine root = new CommandLine(new ColonyCommand(context));
    // added here, not in @Command, to keep them in this order in the help
    ProgramActionCommand.addTo(root);
    root.addSubcommand(MigrateCommand.class);
    root.addSubcommand(FsCommand.class);
    // after the sub-commands: these setters reach only those already added
    return root
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
  }
}
