package dev.colony.benchmarks;

import dev.colony.client.ColonyClient;
import dev.colony.coordinator.Coordinator;
import dev.colony.coordinator.CoordinatorOptions;
import dev.colony.protocol.EngineState;
import dev.colony.protocol.JoinReply;
import dev.colony.pubsub.Credentials;
import dev.colony.pubsub.MosquittoBroker;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A coordinator in this JVM and engines as their own processes ({@code colony engine}), on the embedded broker or Mosquitto. */
final class BenchCluster implements AutoCloseable {
  private final Coordinator coordinator;
  private final MosquittoBroker mosquitto;
  private final List<Process> engines = new ArrayList<>();
  private final ColonyClient client;

  private BenchCluster(Coordinator coordinator, MosquittoBroker mosquitto) {
    this.coordinator = coordinator;
    this.mosquitto = mosquitto;
    this.client = ColonyClient.connect(coordinator.url(), coordinator.adminToken());
  }

  static BenchCluster start(Path dir, boolean onMosquitto, List<String> engineNames) throws IOException, InterruptedException {
    CoordinatorOptions options = CoordinatorOptions.defaults(Files.createDirectories(dir.resolve("data")))
        .withHttpPort(0).withMqttPort(0).withEngines(0);
    MosquittoBroker mosquitto = null;
    if (onMosquitto) {
      Credentials cluster = new Credentials("cluster", UUID.randomUUID().toString());
      Credentials program = new Credentials("programs", UUID.randomUUID().toString());
      mosquitto = MosquittoBroker.start(Files.createDirectories(dir.resolve("mosquitto")), cluster, program, 100_000);
      options = options.withExternalMqtt(URI.create("tcp://127.0.0.1:" + mosquitto.port()),
          new JoinReply.Account(cluster.username(), cluster.password()),
          new JoinReply.Account(program.username(), program.password()));
    }
    BenchCluster cluster = new BenchCluster(Coordinator.start(options), mosquitto);
    for (String name : engineNames) {
      ProcessBuilder engine = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
          "--sun-misc-unsafe-memory-access=allow", "-Xss16m", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
          "dev.colony.cli.ColonyCommand", "engine", "--coordinator", cluster.coordinator.url().toString(), "--name", name)
          .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
      engine.environment().put("COLONY_CLUSTER_TOKEN", cluster.coordinator.clusterToken());
      cluster.engines.add(engine.start());
    }
    cluster.awaitOnline(engineNames);
    return cluster;
  }

  ColonyClient client() {
    return client;
  }

  private void awaitOnline(List<String> names) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (client.engines().stream().filter(e -> e.state() == EngineState.ONLINE && names.contains(e.name())).count() < names.size()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("engines " + names + " did not come online within 90 s");
      }
      Thread.sleep(100);
    }
  }

  @Override
  public void close() throws InterruptedException {
    for (Process engine : engines) {
      engine.destroy();
      engine.waitFor(10, TimeUnit.SECONDS);
    }
    coordinator.close();
    if (mosquitto != null) {
      mosquitto.close();
    }
  }
}
