package dev.colony.cli;

import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.OpenFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code colony fs get PATH [LOCAL]}: a file to a local file, streamed. The bytes go to a temporary
 * file beside LOCAL, moved into place once whole, so a broken download leaves LOCAL as it was.
 */
@Command(name = "get", mixinStandardHelpOptions = true,
    description = "Copy the file PATH to LOCAL (default: its name in the current directory; a directory: into it; -: stdout).")
final class FsGetCommand extends FsAction {
  @Parameters(index = "0", paramLabel = "PATH")
  String target;

  @Parameters(index = "1", paramLabel = "LOCAL", arity = "0..1")
  String local;

  @Mixin FsTransferOptions transfer = new FsTransferOptions();

  @Override
  public Integer call() {
    FsPath path = path(target);
    if ("-".equals(local)) {
      OpenFile file = fileSystem().open(path, 0, -1);
      copy(file, stdout(), "stdout", progress(transfer, file.length()));
      return 0;
    }
    if (path.isRoot()) {
      throw new CliFailure(CliFailure.USAGE, "/ is a directory: name a file");
    }
    Path destination = destination(path);
    Path temporary = temporaryBeside(destination);
    try {
      OpenFile file = fileSystem().open(path, 0, -1);
      try (OutputStream out = Files.newOutputStream(temporary)) {
        copy(file, out, destination.toString(), progress(transfer, file.length()));
      }
      Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new CliFailure(CliFailure.USAGE, "cannot write " + destination + ": " + e.getMessage());
    } finally {
      deleteQuietly(temporary);
    }
    return 0;
  }

  private Path destination(FsPath path) {
    Path given = local == null ? Path.of(path.name()) : Path.of(local);
    return Files.isDirectory(given) ? given.resolve(path.name()) : given;
  }

  private static Path temporaryBeside(Path destination) {
    Path directory = destination.toAbsolutePath().getParent();
    try {
      return Files.createTempFile(directory, "." + destination.getFileName() + ".", ".part");
    } catch (IOException e) {
      throw new CliFailure(CliFailure.USAGE, "cannot write in " + directory + ": " + e.getMessage());
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // a leftover .part file is all that remains
    }
  }
}
