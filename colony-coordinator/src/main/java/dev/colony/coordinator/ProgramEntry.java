package dev.colony.coordinator;

import dev.colony.protocol.ProgramState;
import dev.colony.protocol.api.ProgramView;
import java.util.EnumSet;
import java.util.Set;

/** What the coordinator knows of one program. */
record ProgramEntry(String id, String name, String engine, ProgramState state, long generation, long startedAtMillis,
                    String detail) {

    private static final Set<ProgramState> LIVE = EnumSet.of(ProgramState.STARTING, ProgramState.RUNNING,
        ProgramState.PAUSED, ProgramState.FROZEN);

    /** Whether it still runs (or is held) somewhere; ended programs stay listed. */
    boolean live() {
        return LIVE.contains(state);
    }

    ProgramEntry lost(String why) {
        return new ProgramEntry(id, name, engine, ProgramState.LOST, generation, startedAtMillis, why);
    }

    ProgramView view(long nowMillis) {
        return new ProgramView(id, name, engine, state, generation, startedAtMillis, Math.max(0, nowMillis - startedAtMillis), detail);
    }
}
