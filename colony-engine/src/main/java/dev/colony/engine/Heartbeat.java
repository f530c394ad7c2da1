package dev.colony.engine;

import dev.colony.protocol.EngineState;
import dev.colony.protocol.EngineStatus;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** Publishes the engine's retained {@link EngineStatus} every period, so the coordinator knows it lives and what it carries. */
final class Heartbeat implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Heartbeat.class.getName());

    private final String engineId;
    private final Map<String, String> labels;
    private final IntSupplier programCount;
    private final ClusterPublisher publisher;
    private final ScheduledExecutorService timer;

    Heartbeat(String engineId, Map<String, String> labels, IntSupplier programCount, ClusterPublisher publisher) {
        this.engineId = engineId;
        this.labels = labels;
        this.programCount = programCount;
        this.publisher = publisher;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "engine-" + engineId + "-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The first beat goes out at once; the next ones every {@code periodMillis}. */
    void start(long periodMillis) {
        timer.scheduleAtFixedRate(this::beat, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            publisher.engineStatus(status(EngineState.ONLINE));
        } catch (RuntimeException e) { // a failed beat must not cancel the next ones
            LOG.log(System.Logger.Level.WARNING, "heartbeat of engine " + engineId + " failed: " + e.getMessage());
        }
    }

    EngineStatus status(EngineState state) {
        return status(engineId, state, labels, state == EngineState.OFFLINE ? 0 : programCount.getAsInt());
    }

    static EngineStatus status(String engineId, EngineState state, Map<String, String> labels, int programCount) {
        return new EngineStatus(engineId, state, ResourceProbe.now(), programCount, labels, System.currentTimeMillis());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
