package dev.colony.coordinator;

import dev.colony.protocol.ProgramState;
import dev.colony.protocol.ProgramStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every program the coordinator has deployed or heard of, in deploy order. Two sources feed it: the
 * engines' retained status reports, where a report older than what is known loses (lower generation,
 * or the same generation from another engine than the one the program runs on), and the replies to
 * the coordinator's own control requests, which are authoritative. Names are unique among live
 * programs, so a name is a usable reference. Thread-safe.
 */
final class ProgramRegistry {

    private final Map<String, ProgramEntry> programs = new LinkedHashMap<>();
    private final Set<String> migrating = new HashSet<>();
    private final Predicate<String> engineOffline;

    ProgramRegistry(Predicate<String> engineOffline) {
        this.engineOffline = engineOffline;
    }

    /** Adds a program being deployed; fails when a live program has its name. */
    synchronized void add(ProgramEntry entry) {
        boolean taken = programs.values().stream().anyMatch(known -> known.live() && known.name().equals(entry.name()));
        if (taken) {
            throw CoordinatorException.conflict("name-taken", "a running program is already named '" + entry.name()
                + "'; pick another name or kill it first");
        }
        programs.put(entry.id(), entry);
    }

    /**
     * A status from an engine's reply to this coordinator: it wins unless it is an older generation,
     * or says live of a generation already seen ended (a program that ends at once publishes EXITED
     * before its deploy reply saying RUNNING is read).
     */
    synchronized ProgramEntry record(ProgramStatus status, long nowMillis) {
        ProgramEntry known = programs.get(status.programId());
        if (known != null && (status.generation() < known.generation() || revivesEnded(status, known))) {
            return known;
        }
        return store(status, known, nowMillis);
    }

    /** A status report published by an engine. */
    synchronized void report(ProgramStatus status, long nowMillis) {
        ProgramEntry known = programs.get(status.programId());
        if (known != null && isStale(status, known)) {
            return;
        }
        store(status, known, nowMillis);
    }

    /** The live programs of an engine that went offline are lost. */
    synchronized void engineLost(String engineId) {
        long now = System.currentTimeMillis();
        programs.replaceAll((id, entry) -> entry.live() && engineId.equals(entry.engine())
            ? entry.lost("engine " + engineId + " went offline", now) : entry);
    }

    synchronized void update(ProgramEntry entry) {
        programs.put(entry.id(), entry);
    }

    synchronized Optional<ProgramEntry> get(String id) {
        return Optional.ofNullable(programs.get(id));
    }

    /** A program by id, else the live program with that name, else the latest deployed with it. */
    synchronized Optional<ProgramEntry> find(String ref) {
        ProgramEntry byId = programs.get(ref);
        if (byId != null) {
            return Optional.of(byId);
        }
        ProgramEntry latest = null;
        for (ProgramEntry entry : programs.values()) {
            if (entry.name().equals(ref)) {
                if (entry.live()) {
                    return Optional.of(entry);
                }
                latest = entry;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** {@link #find}, or 404; a reference that cannot be an id or a name is a 400. */
    ProgramEntry resolve(String ref) {
        TextFields.requireText(ref, "program reference");
        return find(ref).orElseThrow(() -> CoordinatorException.notFound("unknown-program", "no program has the id or name '" + ref + "'"));
    }

    synchronized List<ProgramEntry> all() {
        return new ArrayList<>(programs.values());
    }

    synchronized boolean isKnownId(String id) {
        return programs.containsKey(id);
    }

    synchronized long liveCountOn(String engineId) {
        return programs.values().stream().filter(entry -> entry.live() && engineId.equals(entry.engine())).count();
    }

    /** Claims the program for one migration; false when one is under way. */
    synchronized boolean beginMigration(String id) {
        return migrating.add(id);
    }

    synchronized void endMigration(String id) {
        migrating.remove(id);
    }

    synchronized boolean isMigrating(String id) {
        return migrating.contains(id);
    }

    /** A generation that exited, failed or was killed never runs again; LOST is a guess and may be wrong. */
    private static boolean revivesEnded(ProgramStatus status, ProgramEntry known) {
        return status.generation() == known.generation() && !known.live() && known.state() != ProgramState.LOST
            && ProgramEntry.isLive(status.state());
    }

    private static boolean isStale(ProgramStatus status, ProgramEntry known) {
        if (revivesEnded(status, known)) {
            return true;
        }
        if (status.generation() != known.generation()) {
            return status.generation() < known.generation();
        }
        // the same generation from another engine: the loser of a migration or its rollback
        return known.engine() != null && status.engineId() != null && !known.engine().equals(status.engineId());
    }

    /** An ended program keeps the time it was first seen ended; a live one (even one back from LOST) has none. */
    private static long endedAt(ProgramStatus status, ProgramEntry known, long nowMillis) {
        if (!ProgramEntry.isLive(status.state())) {
            return known != null && !known.live() ? known.endedAtMillis() : nowMillis;
        }
        return 0;
    }

    private ProgramEntry store(ProgramStatus status, ProgramEntry known, long nowMillis) {
        long startedAt = known == null ? nowMillis : known.startedAtMillis();
        String engine = status.engineId() != null ? status.engineId() : known == null ? null : known.engine();
        ProgramEntry entry = new ProgramEntry(status.programId(), status.name(), engine, status.state(),
            status.generation(), startedAt, endedAt(status, known, nowMillis), status.detail());
        if (entry.live() && engine != null && engineOffline.test(engine)) {
            entry = entry.lost("engine " + engine + " is offline", nowMillis);
        }
        programs.put(entry.id(), entry);
        return entry;
    }
}
