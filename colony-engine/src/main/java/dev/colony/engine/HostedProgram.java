package dev.colony.engine;

import dev.colony.protocol.ProgramState;
import dev.colony.protocol.ProgramStatus;
import dev.colony.runtime.Program;
import java.time.Duration;

/**
 * One program on this engine: while live, its runtime handle, MQTT session and console; while
 * frozen, the snapshot it is held as until the target runs it or it rolls back here. Changed only
 * on the engine's control thread; {@link #state()} is read by the heartbeat too.
 */
final class HostedProgram {

    private static final int MAX_DETAIL_CHARS = 2_000;

    private final String id;
    private final String name;
    private final long generation;
    private volatile ProgramState state;
    private Program program;
    private ProgramSession session;
    private ProgramLog log;
    private byte[] held;
    private String detail;

    HostedProgram(String id, String name, long generation, Program program, ProgramSession session, ProgramLog log,
                  ProgramState state) {
        this.id = id;
        this.name = name;
        this.generation = generation;
        this.program = program;
        this.session = session;
        this.log = log;
        this.state = state;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    long generation() {
        return generation;
    }

    ProgramState state() {
        return state;
    }

    boolean isLive() {
        return state == ProgramState.RUNNING || state == ProgramState.PAUSED;
    }

    /** The runtime handle while live, else null. */
    Program program() {
        return program;
    }

    /** The snapshot held while frozen, else null. */
    byte[] held() {
        return held;
    }

    void paused(boolean paused) {
        state = paused ? ProgramState.PAUSED : ProgramState.RUNNING;
    }

    /** Waits until its log lines and publishes are acknowledged; whether they all were in time. */
    boolean flush(Duration timeout) {
        return log.flush(timeout) & session.flush(timeout);
    }

    /** The program stopped as {@code snapshot}; its connection closes, its session stays on the broker. */
    void frozen(byte[] snapshot) {
        session.close();
        held = snapshot;
        program = null;
        session = null;
        log = null;
        state = ProgramState.FROZEN;
    }

    /** The program is over ({@code EXITED}, {@code FAILED}, {@code KILLED}); the caller clears its session. */
    void ended(ProgramState finalState, String why) {
        if (session != null) {
            session.close();
        }
        held = null;
        program = null;
        session = null;
        log = null;
        state = finalState;
        detail = why == null ? null : Texts.cut(why, MAX_DETAIL_CHARS);
    }

    ProgramStatus status(String engineId) {
        return new ProgramStatus(id, name, engineId, state, generation, System.currentTimeMillis(), detail);
    }
}
