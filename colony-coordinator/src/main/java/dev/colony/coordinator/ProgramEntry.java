package dev.colony.coordinator;

import dev.colony.protocol.ProgramState;
import dev.colony.protocol.api.ProgramView;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the coordinator knows of one program.
 *
 * @param endedAtMillis when it was first seen ended, or 0 while it is live: its uptime stops there
 */
record ProgramEntry(String id, String name, String engine, ProgramState state, long generation, long startedAtMillis,
                    long endedAtMillis, String detail) {

    private static final Set<ProgramState> LIVE = EnumSet.of(ProgramState.STARTING, ProgramState.RUNNING,
        ProgramState.PAUSED, ProgramState.FROZEN);

    /** Whether it still runs (or is held) somewhere; ended programs stay listed. */
    boolean live() {
        return isLive(state);
    }

    static boolean isLive(ProgramState state) {
        return LIVE.contains(state);
    }

    /** A live program just seen starting. */
    static ProgramEntry starting(String id, String name, String engine, long nowMillis) {
        return new ProgramEntry(id, name, engine, ProgramState.STARTING, 0, nowMillis, 0, null);
    }

    /** This program ended at {@code nowMillis} (or earlier, if it had ended already) in {@code state}. */
    ProgramEntry ended(ProgramState state, String why, long nowMillis) {
        return new ProgramEntry(id, name, engine, state, generation, startedAtMillis, live() ? nowMillis : endedAtMillis, why);
    }

    ProgramEntry lost(String why, long nowMillis) {
        return ended(ProgramState.LOST, why, nowMillis);
    }

    ProgramView view(long nowMillis) {
        long until = live() ? nowMillis : endedAtMillis;
        return new ProgramView(id, name, engine, state, generation, startedAtMillis, Math.max(0, until - startedAtMillis), detail);
    }
}
