package dev.colony.cli;

import dev.colony.gfs.fs.FileStat;
import dev.colony.gfs.fs.Precondition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code colony fs cp FROM TO}: a file copied on the coordinator (the copy shares the stored chunks). */
@Command(name = "cp", mixinStandardHelpOptions = true, description = "Copy the file FROM to TO; replaces a file at TO.")
final class FsCopyCommand extends FsAction {
  @Parameters(index = "0", paramLabel = "FROM")
  String from;

  @Parameters(index = "1", paramLabel = "TO")
  String to;

  @Override
  public Integer call() {
    FileStat copy = fileSystem().copy(path(from), path(to), Precondition.NONE);
    out().println("copied " + path(from) + " → " + copy.path() + ": " + Formats.bytes(copy.size()));
    out().flush();
    return 0;
  }
}
