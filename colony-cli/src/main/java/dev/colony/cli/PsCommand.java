package dev.colony.cli;

import dev.colony.protocol.api.ProgramView;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code colony ps}: the programs, where they run and for how long. */
@Command(name = "ps", mixinStandardHelpOptions = true,
    description = "List the programs: id, name, engine, state, generation (one more per migration) and uptime.")
final class PsCommand extends ClusterCommand implements Callable<Integer> {
  @Option(names = "--json", description = "Print a JSON array of programs instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    List<ProgramView> programs = client().programs();
    if (json) {
      out().println(Json.line(programs));
      return 0;
    }
    Table table = new Table("ID", "NAME", "ENGINE", "STATE", "GEN", "UPTIME");
    for (ProgramView p : programs) {
      table.row(p.id(), Formats.orDash(p.name()), Formats.orDash(p.engine()), String.valueOf(p.state()),
          String.valueOf(p.generation()), Formats.duration(p.uptimeMillis()));
    }
    out().print(table.render());
    out().flush();
    return 0;
  }
}
