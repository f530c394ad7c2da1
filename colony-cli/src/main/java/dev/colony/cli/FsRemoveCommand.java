package dev.colony.cli;

import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.gfs.fs.Precondition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colony fs rm PATH [-r]}: a file, an empty directory, or with -r a whole tree. */
@Command(name = "rm", mixinStandardHelpOptions = true,
    description = "Remove the file or empty directory PATH; with -r a directory and everything under it.")
final class FsRemoveCommand extends FsAction {
  @Parameters(paramLabel = "PATH")
  String target;

  @Option(names = {"-r", "--recursive"}, description = "Remove a directory with everything under it.")
  boolean recursive;

  @Override
  public Integer call() {
    GlobalFileSystem fs = fileSystem();
    FsPath path = path(target);
    if (fs.stat(path).isDirectory()) {
      fs.rmdir(path, recursive);
    } else {
      fs.delete(path, Precondition.NONE);
    }
    out().println("removed " + path);
    out().flush();
    return 0;
  }
}
