package dev.colony.cli;

import dev.colony.gfs.fs.FileStat;
import dev.colony.gfs.fs.Precondition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colony fs append PATH [LOCAL]}: bytes added at the end of a file, which is created if need be. */
@Command(name = "append", mixinStandardHelpOptions = true,
    description = "Add LOCAL's bytes (default and -: stdin) at the end of the file PATH, creating it if needed.")
final class FsAppendCommand extends FsAction {
  @Parameters(index = "0", paramLabel = "PATH")
  String target;

  @Parameters(index = "1", paramLabel = "LOCAL", arity = "0..1", defaultValue = "-")
  String local;

  @Option(names = "--if-version", paramLabel = "V", description = "Only if the file is still at version V (else exit 1).")
  Long ifVersion;

  @Override
  public Integer call() {
    Precondition precondition = ifVersion != null ? Precondition.version(ifVersion) : Precondition.NONE;
    FileStat stat;
    try (LocalSource source = LocalSource.open(local, context())) {
      stat = fileSystem().append(path(target), source.stream(), precondition);
    }
    out().println("appended to " + stat.path() + ": " + Formats.bytes(stat.size()) + ", version " + stat.version());
    out().flush();
    return 0;
  }
}
