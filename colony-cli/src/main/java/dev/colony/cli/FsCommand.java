package dev.colony.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code colony fs}: the global file system (docs/gfs.md) on the coordinator. */
@Command(name = "fs", mixinStandardHelpOptions = true,
    description = "Use the global file system every program, engine and user shares.",
    subcommands = {FsListCommand.class, FsStatCommand.class, FsCatCommand.class, FsGetCommand.class, FsPutCommand.class,
        FsAppendCommand.class, FsMkdirCommand.class, FsRemoveCommand.class, FsMoveCommand.class, FsCopyCommand.class})
final class FsCommand implements Runnable {
  @ParentCommand ColonyCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing command: ls, stat, cat, get, put, append, mkdir, rm, mv or cp");
  }
}
