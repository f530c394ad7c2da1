package dev.colony.cli;

import dev.colony.gfs.fs.FileStat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colony fs mkdir PATH [-p]}. */
@Command(name = "mkdir", mixinStandardHelpOptions = true, description = "Create the directory PATH.")
final class FsMkdirCommand extends FsAction {
  @Parameters(paramLabel = "PATH")
  String target;

  @Option(names = "-p", description = "Create missing parents too; no error when PATH is a directory already.")
  boolean parents;

  @Override
  public Integer call() {
    FileStat stat = fileSystem().mkdir(path(target), parents);
    out().println("created " + stat.path());
    out().flush();
    return 0;
  }
}
