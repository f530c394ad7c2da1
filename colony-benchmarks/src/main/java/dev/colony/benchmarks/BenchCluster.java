package dev.colony.benchmarks;

import dev.colony.cli.EngineProcess;
import dev.colony.client.ColonyClient;
import dev.colony.coordinator.Coordinator;
import dev.colony.coordinator.CoordinatorOptions;
import dev.colony.protocol.EngineState;
import dev.colony.protocol.JoinReply;
import dev.colony.pubsub.MosquittoBroker;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A coordinator in this JVM and engines as their own processes ({@code colony engine}), on the embedded broker or Mosquitto. */
final class BenchCluster implements AutoCloseable {
  private static final int ENGINE_HEAP_MIB = 1024;

  private final Coordinator coordinator;
  private final MosquittoBroker mosquitto;
  private final List<EngineProcess> engines = new ArrayList<>();
  private final ColonyClient client;

  private BenchCluster(Coordinator coordinator, MosquittoBroker mosquitto) {
    this.coordinator = coordinator;
    this.mosquitto = mosquitto;
    this.client = ColonyClient.connect(coordinator.url(), coordinator.adminToken());
  }

  static BenchCluster start(Path dir, boolean onMosquitto, List<String> engineNames) throws Exception {
    CoordinatorOptions options = CoordinatorOptions.defaults(Files.createDirectories(dir.resolve("data")))
        .withHttpPort(0).withMqttPort(0).withEngines(0);
    MosquittoBroker mosquitto = null;
    if (onMosquitto) {
      mosquitto = MosquittoBroker.startWithNewAccounts(dir.resolve("mosquitto"), 100_000);
      options = options.withExternalMqtt(URI.create("tcp://" + mosquitto.host() + ":" + mosquitto.port()),
          new JoinReply.Account(mosquitto.cluster().username(), mosquitto.cluster().password()),
          new JoinReply.Account(mosquitto.program().username(), mosquitto.program().password()));
    }
    BenchCluster cluster = new BenchCluster(Coordinator.start(options), mosquitto);
    try {
      for (String name : engineNames) {
        cluster.engines.add(EngineProcess.start(dir, cluster.coordinator.url(), cluster.coordinator.clusterToken(), name,
            ENGINE_HEAP_MIB));
      }
      for (EngineProcess engine : cluster.engines) {
        engine.await(cluster.client, EngineState.ONLINE, Duration.ofSeconds(90));
      }
      return cluster;
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
  }

  ColonyClient client() {
    return client;
  }

  @Override
  public void close() throws InterruptedException {
    for (EngineProcess engine : engines) {
      engine.close();
    }
    coordinator.close();
    if (mosquitto != null) {
      mosquitto.close();
    }
  }
}
