package dev.colony.cli;

import dev.colony.client.ColonyClient;
import dev.colony.protocol.api.ProgramView;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code colony ps}: the programs, where they run and for how long. */
@Command(name = "ps", mixinStandardHelpOptions = true,
    description = "List the programs: id, name, engine, state, generation (one more per migration) and uptime.")
final class PsCommand extends ListCommand<ProgramView> {
  @Override
  List<ProgramView> list(ColonyClient client) {
    return client.programs();
  }

  @Override
  Table table(List<ProgramView> programs) {
    Table table = new Table("ID", "NAME", "ENGINE", "STATE", "GEN", "UPTIME");
    for (ProgramView p : programs) {
      table.row(p.id(), Formats.orDash(p.name()), Formats.orDash(p.engine()), String.valueOf(p.state()),
          String.valueOf(p.generation()), Formats.duration(p.uptimeMillis()));
    }
    return table;
  }
}
