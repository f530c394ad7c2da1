package dev.colony.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code colony local}: runs, snapshots and resumes one program in this process, without a cluster. */
@Command(name = "local", mixinStandardHelpOptions = true,
    description = "Run one program in this process: run it, resume it from a snapshot, describe a snapshot.",
    subcommands = {LocalRunCommand.class, LocalResumeCommand.class, LocalDescribeCommand.class})
final class LocalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: run, resume or describe");
  }
}
