package dev.colony.cli;

import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.gfs.fs.OpenFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** A {@code colony fs} command: the coordinator's file system, paths as users type them, the output. */
abstract class FsAction implements Callable<Integer> {
  private static final int BUFFER_BYTES = 64 * 1024;

  @ParentCommand FsCommand fs;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClusterOptions cluster = new ClusterOptions();

  GlobalFileSystem fileSystem() {
    return cluster.client(context()).fileSystem();
  }

  CliContext context() {
    return fs.root.context;
  }

  /** A GFS path; one without a leading slash is taken from the root, as programs' relative paths are. */
  static FsPath path(String text) {
    return FsPath.parse(text.startsWith("/") ? text : "/" + text);
  }

  /**
   * Copies a download to {@code local} and closes it: a failed read is the coordinator's (exit 4), a
   * failed write is local (exit 2).
   */
  static void copy(OpenFile file, OutputStream local, String localName, Progress progress) {
    InputStream in = progress == null ? file.content() : progress.counting(file.content());
    byte[] buffer = new byte[BUFFER_BYTES];
    try (file) {
      for (int n; (n = read(in, buffer, file)) != -1; ) {
        try {
          local.write(buffer, 0, n);
        } catch (IOException e) {
          throw new CliFailure(CliFailure.USAGE, "cannot write " + localName + ": " + e.getMessage());
        }
      }
      local.flush();
    } catch (IOException e) {
      throw new CliFailure(CliFailure.USAGE, "cannot write " + localName + ": " + e.getMessage());
    }
    if (progress != null) {
      progress.finish();
    }
  }

  private static int read(InputStream in, byte[] buffer, OpenFile file) {
    try {
      return in.read(buffer);
    } catch (IOException e) {
      throw new CliFailure(CliFailure.UNREACHABLE, "the download of " + file.stat().path() + " broke off: " + e.getMessage());
    }
  }

  /** A progress bar for {@code totalBytes} (-1: unknown), or null when {@code transfer} says none. */
  Progress progress(FsTransferOptions transfer, long totalBytes) {
    return transfer.show(totalBytes, context()) ? new Progress(err(), context().clock(), totalBytes) : null;
  }

  /** Raw bytes to stdout, after the lines printed so far. */
  OutputStream stdout() {
    out().flush();
    return context().stdout();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
