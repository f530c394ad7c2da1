package dev.colony.cli.cluster;

import dev.colony.cli.EngineProcess;
import dev.colony.client.ColonyClient;
import dev.colony.coordinator.Coordinator;
import dev.colony.coordinator.CoordinatorOptions;
import dev.colony.protocol.EngineState;
import dev.colony.protocol.JoinReply;
import dev.colony.pubsub.ClientOptions;
import dev.colony.pubsub.Credentials;
import dev.colony.pubsub.MosquittoBroker;
import dev.colony.pubsub.PubSubClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real cluster for tests: the coordinator in this JVM, engines as their own processes, on the
 * embedded broker or on an external Mosquitto that the test starts.
 */
final class ClusterUnderTest implements AutoCloseable {
  /** Short, so that a dead engine is declared offline quickly. */
  static final long HEARTBEAT_MILLIS = 500;
  private static final int ENGINE_HEAP_MIB = 512;

  enum BrokerKind { EMBEDDED, MOSQUITTO }

  private final Path dir;
  private final Coordinator coordinator;
  private final MosquittoBroker mosquitto;
  private final ColonyClient client;
  private final List<EngineProcess> engines = new ArrayList<>();
  private final List<AutoCloseable> extras = new ArrayList<>();

  private ClusterUnderTest(Path dir, Coordinator coordinator, MosquittoBroker mosquitto) {
    this.dir = dir;
    this.coordinator = coordinator;
    this.mosquitto = mosquitto;
    this.client = ColonyClient.connect(coordinator.url(), coordinator.adminToken());
  }

  static ClusterUnderTest start(Path dir, BrokerKind broker, String... engineNames) throws Exception {
    CoordinatorOptions options = CoordinatorOptions.defaults(Files.createDirectories(dir.resolve("data")))
        .withHttpPort(0).withMqttPort(0).withEngines(0).withHeartbeatMillis(HEARTBEAT_MILLIS);
    MosquittoBroker mosquitto = null;
    if (broker == BrokerKind.MOSQUITTO) {
      mosquitto = MosquittoBroker.startWithNewAccounts(dir.resolve("mosquitto"), 100_000);
      options = options.withExternalMqtt(URI.create("tcp://" + mosquitto.host() + ":" + mosquitto.port()),
          new JoinReply.Account(mosquitto.cluster().username(), mosquitto.cluster().password()),
          new JoinReply.Account(mosquitto.program().username(), mosquitto.program().password()));
    }
    ClusterUnderTest cluster = new ClusterUnderTest(dir, Coordinator.start(options), mosquitto);
    try {
      for (String name : engineNames) {
        cluster.startEngine(name);
      }
      for (EngineProcess engine : List.copyOf(cluster.engines)) {
        engine.await(cluster.client, EngineState.ONLINE, Duration.ofSeconds(60));
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

  EngineProcess startEngine(String name) {
    EngineProcess engine = EngineProcess.start(dir, coordinator.url(), coordinator.clusterToken(), name, ENGINE_HEAP_MIB);
    engines.add(engine);
    return engine;
  }

  /** An outside MQTT client with the program account: what any device talking to programs would use. */
  PubSubClient outsideClient(String clientId) {
    JoinReply.MqttAccess mqtt = coordinator.mqttAccess();
    PubSubClient outside = PubSubClient.connect(ClientOptions.of(mqtt.host(), mqtt.port(),
        new Credentials(mqtt.program().username(), mqtt.program().password()), clientId));
    extras.add(outside);
    return outside;
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable extra : extras) {
      extra.close();
    }
    for (EngineProcess engine : engines) {
      engine.close();
    }
    coordinator.close();
    if (mosquitto != null) {
      mosquitto.close();
    }
  }
}
