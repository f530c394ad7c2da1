package dev.colony.cli;

import dev.colony.client.ColonyClient;
import dev.colony.protocol.api.EngineView;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code colony engines}: the engines the coordinator knows, with their load. */
@Command(name = "engines", mixinStandardHelpOptions = true,
    description = "List the engines: state, CPU, heap, programs, labels and last heartbeat.")
final class EnginesCommand extends ListCommand<EngineView> {
  @Override
  List<EngineView> list(ColonyClient client) {
    return client.engines();
  }

  @Override
  Table table(List<EngineView> engines) {
    return table(engines, root.context.clock().millis());
  }

  static Table table(List<EngineView> engines, long nowMillis) {
    Table table = new Table("NAME", "STATE", "CPU", "HEAP", "PROGRAMS", "LABELS", "LAST-HEARTBEAT");
    for (EngineView e : engines) {
      table.row(e.name(), String.valueOf(e.state()), Formats.cpu(e.cpuLoad()),
          Formats.bytes(e.heapUsedBytes()) + " / " + Formats.bytes(e.heapMaxBytes()), String.valueOf(e.programCount()),
          Formats.labels(e.labels()), Formats.ago(e.lastHeartbeatMillis(), nowMillis));
    }
    return table;
  }
}
