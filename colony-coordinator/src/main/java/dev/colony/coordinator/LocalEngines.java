package dev.colony.coordinator;

import dev.colony.engine.ClusterAccess;
import dev.colony.engine.Engine;
import dev.colony.engine.EngineOptions;
import dev.colony.gfs.BlobStore;
import dev.colony.gfs.fs.GlobalFileSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The in-process engines {@code local-1} … {@code local-N}, given what the join route would answer
 * and the coordinator's own file system for their programs.
 */
final class LocalEngines implements AutoCloseable {

    private static final long ONLINE_TIMEOUT_MILLIS = 60_000;

    private final List<Engine> engines = new ArrayList<>();

    static LocalEngines start(int count, Joiner joiner, BlobStore blobs, GlobalFileSystem fileSystem, EngineRegistry registry) {
        LocalEngines local = new LocalEngines();
        try {
            for (int i = 1; i <= count; i++) {
                String name = "local-" + i;
                local.engines.add(Engine.start(new ClusterAccess(joiner.replyFor(name), blobs), new EngineOptions(name, Map.of(), fileSystem)));
            }
            local.awaitOnline(registry);
            return local;
        } catch (RuntimeException e) {
            local.close();
            throw e;
        }
    }

    /** Usable means the coordinator has heard each one's heartbeat, so it can place programs there. */
    private void awaitOnline(EngineRegistry registry) {
        long deadline = System.currentTimeMillis() + ONLINE_TIMEOUT_MILLIS;
        for (Engine engine : engines) {
            while (!registry.isOnline(engine.name())) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("in-process engine " + engine.name() + " did not report online within "
                        + ONLINE_TIMEOUT_MILLIS / 1000 + " s");
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the in-process engines", e);
        }
    }

    @Override
    public void close() {
        engines.reversed().forEach(Engine::close);
        engines.clear();
    }
}
