package dev.colony.cli;

import dev.colony.client.ColonyClient;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** A command that calls the coordinator's REST API: its options, its client, its output. */
abstract class ClusterCommand {
  @ParentCommand ColonyCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ClusterOptions cluster = new ClusterOptions();

  ColonyClient client() {
    return cluster.client(root.context);
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
