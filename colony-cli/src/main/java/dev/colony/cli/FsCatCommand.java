package dev.colony.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code colony fs cat PATH}: a file's bytes to stdout, as they are. */
@Command(name = "cat", mixinStandardHelpOptions = true, description = "Write the file PATH's bytes to stdout.")
final class FsCatCommand extends FsAction {
  @Parameters(paramLabel = "PATH")
  String target;

  @Override
  public Integer call() {
    copy(fileSystem().open(path(target), 0, -1), stdout(), "stdout", null);
    return 0;
  }
}
