package dev.colony.engine;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Publishes sent without waiting, remembered until the broker acknowledges them, so a program
 * leaving this engine can wait until nothing it said is still on its way.
 */
final class PendingPublishes {

    private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();

    void track(CompletableFuture<Void> publish) {
        pending.add(publish);
        publish.whenComplete((acknowledged, error) -> pending.remove(publish));
    }

    /** Whether every tracked publish settled in time (acknowledged, or failed: nothing more will come of it). */
    boolean awaitAll(Duration timeout) {
        return CompletableFuture.allOf(pending.toArray(CompletableFuture<?>[]::new))
            .handle((done, error) -> true)
            .completeOnTimeout(false, timeout.toMillis(), TimeUnit.MILLISECONDS)
            .join();
    }
}
