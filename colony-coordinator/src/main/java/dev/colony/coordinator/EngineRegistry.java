package dev.colony.coordinator;

import dev.colony.protocol.EngineState;
import dev.colony.protocol.EngineStatus;
import dev.colony.protocol.api.EngineView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The engines as their retained status reports show them. An engine is offline when it says so (its
 * last will) or when no report came for five heartbeats; the listener hears of each engine going
 * offline once, outside this registry's lock. Times are the coordinator's clock at reception, so
 * engines' clocks need not agree with it. Thread-safe.
 */
final class EngineRegistry {

    static final int MISSED_HEARTBEATS = 5;

    record Entry(EngineStatus status, EngineState state, long lastHeartbeatMillis) {
        EngineView view() {
            return new EngineView(status.engineId(), state, status.resources().cpuLoad(), status.resources().heapUsedBytes(),
                status.resources().heapMaxBytes(), status.programCount(), status.labels(), lastHeartbeatMillis);
        }
    }

    private final Map<String, Entry> engines = new TreeMap<>();
    private final long timeoutMillis;
    private volatile Consumer<String> onOffline = name -> { };

    EngineRegistry(long heartbeatMillis) {
        this.timeoutMillis = MISSED_HEARTBEATS * heartbeatMillis;
    }

    /** Who hears of engines going offline (the program registry, which then loses their programs). */
    void onOffline(Consumer<String> listener) {
        this.onOffline = listener;
    }

    void report(EngineStatus status, long nowMillis) {
        boolean wentOffline;
        synchronized (this) {
            Entry before = engines.put(status.engineId(), new Entry(status, status.state(), nowMillis));
            wentOffline = status.state() == EngineState.OFFLINE && (before == null || before.state() != EngineState.OFFLINE);
        }
        if (wentOffline) {
            onOffline.accept(status.engineId());
        }
    }

    /** Marks offline every engine whose last report is older than five heartbeats. */
    void expire(long nowMillis) {
        List<String> expired = new ArrayList<>();
        synchronized (this) {
            engines.replaceAll((name, entry) -> {
                if (entry.state() != EngineState.OFFLINE && nowMillis - entry.lastHeartbeatMillis() > timeoutMillis) {
                    expired.add(name);
                    return new Entry(entry.status(), EngineState.OFFLINE, entry.lastHeartbeatMillis());
                }
                return entry;
            });
        }
        expired.forEach(onOffline::accept);
    }

    synchronized Optional<Entry> get(String name) {
        return Optional.ofNullable(engines.get(name));
    }

    synchronized boolean isOnline(String name) {
        Entry entry = engines.get(name);
        return entry != null && entry.state() == EngineState.ONLINE;
    }

    synchronized boolean isOffline(String name) {
        Entry entry = engines.get(name);
        return entry != null && entry.state() == EngineState.OFFLINE;
    }

    /** Names of the engines taking new programs, in name order. */
    synchronized List<String> online() {
        return engines.values().stream().filter(entry -> entry.state() == EngineState.ONLINE)
            .map(entry -> entry.status().engineId()).toList();
    }

    synchronized List<EngineView> views() {
        return engines.values().stream().map(Entry::view).toList();
    }
}
