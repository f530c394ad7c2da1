package dev.colony.cli;

import dev.colony.protocol.api.EngineView;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code colony engines}: the engines the coordinator knows, with their load. */
@Command(name = "engines", mixinStandardHelpOptions = true,
    description = "List the engines: state, CPU, heap, programs, labels and last heartbeat.")
final class EnginesCommand extends ClusterCommand implements Callable<Integer> {
  @Option(names = "--json", description = "Print a JSON array of engines instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    List<EngineView> engines = client().engines();
    if (json) {
      out().println(Json.line(engines));
      return 0;
    }
    long now = root.context.clock().millis();
    Table table = new Table("NAME", "STATE", "CPU", "HEAP", "PROGRAMS", "LABELS", "LAST-HEARTBEAT");
    for (EngineView e : engines) {
      table.row(e.name(), String.valueOf(e.state()), Formats.cpu(e.cpuLoad()),
          Formats.bytes(e.heapUsedBytes()) + " / " + Formats.bytes(e.heapMaxBytes()), String.valueOf(e.programCount()),
          Formats.labels(e.labels()), Formats.ago(e.lastHeartbeatMillis(), now));
    }
    out().print(table.render());
    out().flush();
    return 0;
  }
}
