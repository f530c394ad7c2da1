package dev.colony.cli;

import dev.colony.gfs.fs.FileStat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code colony fs mv FROM TO}: one atomic rename, of a file or a whole directory. */
@Command(name = "mv", mixinStandardHelpOptions = true,
    description = "Move FROM to TO in one step (a directory with everything under it); replaces a file at TO.")
final class FsMoveCommand extends FsAction {
  @Parameters(index = "0", paramLabel = "FROM")
  String from;

  @Parameters(index = "1", paramLabel = "TO")
  String to;

  @Override
  public Integer call() {
    FileStat moved = fileSystem().rename(path(from), path(to));
    out().println("moved " + path(from) + " → " + moved.path());
    out().flush();
    return 0;
  }
}
