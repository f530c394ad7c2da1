package dev.colony.cli;

import dev.colony.client.FileViews;
import dev.colony.gfs.fs.FileStat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colony fs stat PATH [--json]}: what the file system knows of one entry. */
@Command(name = "stat", mixinStandardHelpOptions = true,
    description = "Show PATH's kind, size, version (its ETag, for --if-version), and when its contents (modified) and its entry (changed) last changed.")
final class FsStatCommand extends FsAction {
  @Parameters(paramLabel = "PATH")
  String target;

  @Option(names = "--json", description = "Print the Stat as JSON.")
  boolean json;

  @Override
  public Integer call() {
    FileStat stat = fileSystem().stat(path(target));
    if (json) {
      out().println(Json.line(FileViews.view(stat)));
    } else {
      out().println("path      " + stat.path());
      out().println("kind      " + (stat.isDirectory() ? "directory" : "file"));
      out().println("size      " + stat.size() + (stat.size() >= 1024 ? " (" + Formats.bytes(stat.size()) + ")" : ""));
      out().println("version   " + stat.version());
      out().println("modified  " + Formats.instant(stat.mtime()));
      out().println("changed   " + Formats.instant(stat.ctime()));
    }
    out().flush();
    return 0;
  }
}
