package dev.colony.cli;

import dev.colony.client.ColonyClient;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** {@code colony engines} and {@code colony ps}: a list from the coordinator, as a table or as a JSON array. */
abstract class ListCommand<T> extends ClusterCommand implements Callable<Integer> {
  @Option(names = "--json", description = "Print a JSON array instead of a table.")
  boolean json;

  abstract List<T> list(ColonyClient client);

  abstract Table table(List<T> items);

  @Override
  public Integer call() {
    List<T> items = list(client());
    if (json) {
      out().println(Json.line(items));
    } else {
      out().print(table(items).render());
    }
    out().flush();
    return 0;
  }
}
