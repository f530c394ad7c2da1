package dev.colony.cli;

import dev.colony.gfs.fs.FileStat;
import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.Precondition;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colony fs put LOCAL PATH}: a local file (or stdin) becomes the file PATH, streamed. */
@Command(name = "put", mixinStandardHelpOptions = true,
    description = "Create or replace the file PATH with LOCAL's bytes (-: stdin). PATH ending in / takes LOCAL's name.")
final class FsPutCommand extends FsAction {
  @Parameters(index = "0", paramLabel = "LOCAL")
  String local;

  @Parameters(index = "1", paramLabel = "PATH")
  String target;

  @Option(names = "--if-version", paramLabel = "V", description = "Only if the file is still at version V (else exit 1).")
  Long ifVersion;

  @Option(names = "--create-only", description = "Only if PATH does not exist yet (else exit 1).")
  boolean createOnly;

  @Mixin FsTransferOptions transfer = new FsTransferOptions();

  @Override
  public Integer call() {
    if (ifVersion != null && createOnly) {
      throw new CliFailure(CliFailure.USAGE, "--if-version and --create-only exclude each other");
    }
    Precondition precondition = createOnly ? Precondition.ABSENT
        : ifVersion != null ? Precondition.version(ifVersion) : Precondition.NONE;
    FsPath path = destination();
    LocalSource source = LocalSource.open(local, context());
    FileStat stat;
    try (source) {
      Progress progress = progress(transfer, source.size());
      stat = fileSystem().write(path, progress == null ? source.stream() : progress.counting(source.stream()), precondition);
      if (progress != null) {
        progress.finish();
      }
    }
    out().println("wrote " + stat.path() + ": " + Formats.bytes(stat.size()) + ", version " + stat.version());
    out().flush();
    return 0;
  }

  private FsPath destination() {
    if (!target.endsWith("/")) {
      return path(target);
    }
    if (local.equals("-")) {
      throw new CliFailure(CliFailure.USAGE, "name the file: stdin has no name to put into " + target);
    }
    return path(target).resolve(Path.of(local).getFileName().toString());
  }
}
