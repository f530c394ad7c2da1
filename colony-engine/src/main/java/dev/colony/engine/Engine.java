package dev.colony.engine;

import dev.colony.protocol.EngineState;
import dev.colony.protocol.JoinReply;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.Topics;
import dev.colony.pubsub.ClientOptions;
import dev.colony.pubsub.Credentials;
import dev.colony.pubsub.PubSubClient;
import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.Limits;
import dev.colony.runtime.snapshot.SnapshotKey;
import java.net.URI;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A worker node: runs programs for its coordinator and talks to it only over MQTT (docs/cluster.md).
 * It serves control requests on {@link Topics#engineControl}, reports a heartbeat (its last will
 * says OFFLINE), and gives each program its own persistent MQTT session, so programs move between
 * engines without losing a message.
 *
 * <pre>{@code
 * try (Engine engine = Engine.join(URI.create("http://127.0.0.1:8080"), token, new EngineOptions("e1", Map.of()))) {
 *     ... runs until closed ...
 * }
 * }</pre>
 */
public final class Engine implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Engine.class.getName());
    private static final Duration SERVE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration OFFLINE_TIMEOUT = Duration.ofSeconds(5);

    private final String name;
    private final PubSubClient cluster;
    private final ClusterPublisher publisher;
    private final Heartbeat heartbeat;
    private final ProgramControl programs;
    private final ExecutorService controlThread;
    private boolean closed;

    private Engine(String name, PubSubClient cluster, ClusterPublisher publisher, Heartbeat heartbeat,
                   ProgramControl programs, ExecutorService controlThread) {
        this.name = name;
        this.cluster = cluster;
        this.publisher = publisher;
        this.heartbeat = heartbeat;
        this.programs = programs;
        this.controlThread = controlThread;
    }

    /** Starts an engine with what its coordinator handed it (in-process engines, tests); returns once it serves requests. */
    public static Engine start(ClusterAccess access, EngineOptions options) {
        JoinReply join = access.join();
        if (!join.engineId().equals(options.name())) {
            throw new IllegalArgumentException("the join reply is for engine " + join.engineId() + ", not " + options.name());
        }
        // a spare scope ready: a program arriving by migration resumes without waiting for the prelude
        JsRuntime runtime = JsRuntime.withSpareScopes(Limits.defaults(), snapshotKey(join.snapshotKey()), 1);
        JoinReply.MqttAccess mqtt = join.mqtt();
        ExecutorService controlThread = controlThread(options.name());
        PubSubClient cluster = PubSubClient.connect(ClientOptions
            .of(mqtt.host(), mqtt.port(), credentials(mqtt.cluster()), "engine-" + options.name())
            .withWill(new ClientOptions.Will(Topics.engineStatus(options.name()), offlineWill(options), true)));
        try {
            ClusterPublisher publisher = new ClusterPublisher(cluster);
            ProgramSessions sessions = new ProgramSessions(mqtt.host(), mqtt.port(), credentials(mqtt.program()));
            FileSystemPorts files = FileSystemPorts.on(options.fileSystem(), "engine-" + options.name());
            ProgramControl programs = new ProgramControl(options.name(), runtime, access.blobs(), sessions, files, publisher,
                controlThread);
            Heartbeat heartbeat = new Heartbeat(options.name(), options.labels(), programs::liveCount, publisher);
            ControlServer control = new ControlServer(programs, controlThread);
            await(cluster.serve(Topics.engineControl(options.name()), control::answer), "the control topic subscription");
            heartbeat.start(join.heartbeatMillis());
            return new Engine(options.name(), cluster, publisher, heartbeat, programs, controlThread);
        } catch (RuntimeException e) {
            cluster.close();
            controlThread.shutdownNow();
            runtime.close();
            throw e;
        }
    }

    /**
     * Joins the coordinator at {@code coordinator} ({@code POST /api/cluster/join} with the cluster
     * token) and starts; code and snapshots then travel over the coordinator's blob routes.
     *
     * @throws EngineException when the coordinator cannot be reached or refuses (wrong token, name taken)
     */
    public static Engine join(URI coordinator, String clusterToken, EngineOptions options) {
        CoordinatorEndpoint endpoint = new CoordinatorEndpoint(coordinator, clusterToken);
        JoinReply reply = ClusterJoin.join(endpoint, options);
        return start(new ClusterAccess(reply, new HttpBlobStore(endpoint)), options);
    }

    public String name() {
        return name;
    }

    /**
     * Stops serving, stops its programs (their broker sessions stay, so the coordinator can restore
     * them elsewhere) and publishes OFFLINE. Safe to call twice.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        heartbeat.close();
        try {
            controlThread.submit(programs::stopAll).get();
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "engine " + name + " could not stop all its programs", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        controlThread.shutdown();
        try {
            publisher.engineStatus(heartbeat.status(EngineState.OFFLINE)).get(OFFLINE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "engine " + name + " could not publish its OFFLINE status; its last will may not either");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cluster.close();
    }

    /** One thread for control requests and programs' ends; late callbacks after close are dropped. */
    private static ExecutorService controlThread(String engineName) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "engine-" + engineName + "-control");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    private static byte[] offlineWill(EngineOptions options) {
        return new JsonCodec().encode(Heartbeat.status(options.name(), EngineState.OFFLINE, options.labels(), 0));
    }

    private static SnapshotKey snapshotKey(String hex) {
        try {
            return SnapshotKey.of(HexFormat.of().parseHex(hex), "the cluster's snapshot key");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the cluster's snapshot key is not hexadecimal");
        }
    }

    private static Credentials credentials(JoinReply.Account account) {
        return new Credentials(account.username(), account.password());
    }

    private static void await(CompletableFuture<Void> step, String what) {
        try {
            step.get(SERVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new EngineException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new EngineException(what + " was not confirmed within " + SERVE_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting for " + what, e);
        }
    }
}
