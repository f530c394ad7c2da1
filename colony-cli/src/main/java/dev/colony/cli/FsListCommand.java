package dev.colony.cli;

import dev.colony.client.FileViews;
import dev.colony.gfs.fs.FileStat;
import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.GlobalFileSystem;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colony fs ls [PATH] [-l] [--json]}: a directory's entries (or the one file PATH names). */
@Command(name = "ls", mixinStandardHelpOptions = true,
    description = "List the directory PATH (default /): names, directories ending in /.")
final class FsListCommand extends FsAction {
  @Parameters(paramLabel = "PATH", arity = "0..1", defaultValue = "/", description = "A directory or a file.")
  String target;

  @Option(names = "-l", description = "Long format: KIND SIZE VERSION MODIFIED NAME.")
  boolean longFormat;

  @Option(names = "--json", description = "Print a JSON array of the entries' Stat.")
  boolean json;

  @Override
  public Integer call() {
    GlobalFileSystem fs = fileSystem();
    FsPath path = path(target);
    FileStat stat = fs.stat(path);
    List<FileStat> entries = stat.isDirectory() ? fs.list(path) : List.of(stat);
    if (json) {
      out().println(Json.line(entries.stream().map(FileViews::view).toList()));
    } else if (longFormat) {
      Table table = new Table("KIND", "SIZE", "VERSION", "MODIFIED", "NAME");
      for (FileStat entry : entries) {
        table.row(entry.isDirectory() ? "dir" : "file", Long.toString(entry.size()), Long.toString(entry.version()),
            Formats.instant(entry.mtime()), displayName(entry));
      }
      out().print(table.render());
    } else {
      entries.forEach(entry -> out().println(displayName(entry)));
    }
    out().flush();
    return 0;
  }

  private static String displayName(FileStat entry) {
    return entry.isDirectory() ? entry.name() + "/" : entry.name();
  }
}
