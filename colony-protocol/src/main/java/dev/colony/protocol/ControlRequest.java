package dev.colony.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What the coordinator asks an engine to do to one program, sent to
 * {@link Topics#engineControl(String)} as an MQTT 5 request. The {@code op} field names the kind.
 * {@link #requestId()} doubles as the idempotency key: an engine that sees it twice answers the
 * same reply without acting twice, so every step of a migration can be retried safely.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ControlRequest.Deploy.class, name = "deploy"),
    @JsonSubTypes.Type(value = ControlRequest.Pause.class, name = "pause"),
    @JsonSubTypes.Type(value = ControlRequest.Resume.class, name = "resume"),
    @JsonSubTypes.Type(value = ControlRequest.Kill.class, name = "kill"),
    @JsonSubTypes.Type(value = ControlRequest.Freeze.class, name = "freeze"),
    @JsonSubTypes.Type(value = ControlRequest.Snapshot.class, name = "snapshot"),
    @JsonSubTypes.Type(value = ControlRequest.Restore.class, name = "restore"),
    @JsonSubTypes.Type(value = ControlRequest.Release.class, name = "release"),
    @JsonSubTypes.Type(value = ControlRequest.Abort.class, name = "abort"),
})
public sealed interface ControlRequest {

    String requestId();

    String programId();

    /** Start a program from code in the blob store. */
    record Deploy(String requestId, String programId, String name, String codeRef) implements ControlRequest {
        public Deploy {
            check(requestId, programId);
            Fields.text(name, "name");
            Fields.text(codeRef, "codeRef");
        }
    }

    record Pause(String requestId, String programId) implements ControlRequest {
        public Pause {
            check(requestId, programId);
        }
    }

    record Resume(String requestId, String programId) implements ControlRequest {
        public Resume {
            check(requestId, programId);
        }
    }

    record Kill(String requestId, String programId) implements ControlRequest {
        public Kill {
            check(requestId, programId);
        }
    }

    /**
     * Migration step 1: stop at the next safepoint or event boundary, buffering new events. An
     * engine may store the snapshot at once and answer with its ref, as for {@link Snapshot}.
     */
    record Freeze(String requestId, String programId) implements ControlRequest {
        public Freeze {
            check(requestId, programId);
        }
    }

    /** Migration step 2 (or a checkpoint): write a snapshot to the blob store; the reply carries its ref. */
    record Snapshot(String requestId, String programId) implements ControlRequest {
        public Snapshot {
            check(requestId, programId);
        }
    }

    /**
     * Migration step 3: run the snapshot as this generation (held paused when {@code paused}); the
     * reply comes once it runs.
     */
    record Restore(String requestId, String programId, String name, long generation, SnapshotRef snapshot, boolean paused)
        implements ControlRequest {
        public Restore {
            check(requestId, programId);
            Fields.text(name, "name");
            Fields.notNegative(generation, "generation");
            Fields.present(snapshot, "snapshot");
        }
    }

    /** Migration step 4: the target runs {@code generation}; drop the frozen copy. */
    record Release(String requestId, String programId, long generation) implements ControlRequest {
        public Release {
            check(requestId, programId);
            Fields.notNegative(generation, "generation");
        }
    }

    /**
     * After a restore the coordinator gave up on (no reply in time): stop the program if it runs
     * here as {@code generation}, without clearing its MQTT session or reporting it, since the
     * source runs it again and takes over the session.
     */
    record Abort(String requestId, String programId, long generation) implements ControlRequest {
        public Abort {
            check(requestId, programId);
            Fields.notNegative(generation, "generation");
        }
    }

    private static void check(String requestId, String programId) {
        Fields.text(requestId, "requestId");
        Topics.requireId(programId);
    }
}
