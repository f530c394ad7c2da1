package dev.colony.coordinator;

import dev.colony.protocol.ControlReply;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.SnapshotRef;
import dev.colony.protocol.api.MigrateRequest;
import dev.colony.protocol.api.MigrationReport;

/**
 * Moves a running or paused program to another engine (docs/cluster.md, "Migration"): freeze and
 * snapshot on the source, restore on the target as the next generation, release on the source. If
 * the source cannot freeze or snapshot, it resumes; if the target cannot restore, it is told to abort
 * the program (in case it started late; its MQTT session stays) and the source resumes. Either way the caller gets a 409
 * {@code migration-rolled-back} and the program runs on the source. One migration per program at a time.
 */
final class Migrator {

    private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

    private final EngineRegistry engines;
    private final ProgramRegistry programs;
    private final ControlChannel control;

    Migrator(EngineRegistry engines, ProgramRegistry programs, ControlChannel control) {
        this.engines = engines;
        this.programs = programs;
        this.control = control;
    }

    MigrationReport migrate(String ref, MigrateRequest request) {
        String target = TextFields.requireId(request.to(), "to");
        ProgramEntry program = programs.resolve(ref);
        if (program.state() != ProgramState.RUNNING && program.state() != ProgramState.PAUSED) {
            throw CoordinatorException.conflict("wrong-state", "program " + program.id() + " is " + program.state()
                + "; only a running or paused program can migrate");
        }
        if (target.equals(program.engine())) {
            throw CoordinatorException.conflict("same-engine", "program " + program.id() + " already runs on " + target);
        }
        var targetEntry = engines.get(target)
            .orElseThrow(() -> CoordinatorException.notFound("unknown-engine", "no engine is named '" + target + "'"));
        if (!engines.isOnline(target)) {
            throw CoordinatorException.conflict("engine-not-online", "engine " + target + " is " + targetEntry.state());
        }
        if (!programs.beginMigration(program.id())) {
            throw CoordinatorException.conflict("migration-in-progress", "program " + program.id() + " is already being migrated");
        }
        try {
            return move(program, target);
        } finally {
            programs.endMigration(program.id());
        }
    }

    private MigrationReport move(ProgramEntry program, String target) {
        String id = program.id();
        String source = program.engine();
        long started = System.nanoTime();
        long generation;
        SnapshotRef snapshot;
        try {
            ControlReply frozen = control.send(source, new ControlRequest.Freeze(ControlChannel.newRequestId(), id));
            generation = frozen.program().generation();
            // engines store the snapshot as they freeze (one round trip less); the step stays for those that do not
            snapshot = frozen.snapshot() != null ? frozen.snapshot()
                : control.send(source, new ControlRequest.Snapshot(ControlChannel.newRequestId(), id)).snapshot();
            if (snapshot == null) {
                throw CoordinatorException.unavailable("engine-bad-reply", "engine " + source + " answered snapshot without a snapshot");
            }
        } catch (CoordinatorException e) {
            throw rollBack(program, target, e);
        }
        ControlReply restored;
        try {
            restored = control.send(target, new ControlRequest.Restore(ControlChannel.newRequestId(), id, program.name(),
                generation + 1, snapshot, program.state() == ProgramState.PAUSED));
        } catch (CoordinatorException e) {
            if (engines.isOnline(target)) { // a dead target runs nothing
                bestEffort(target, new ControlRequest.Abort(ControlChannel.newRequestId(), id, generation + 1));
            }
            throw rollBack(program, target, e);
        }
        // the move is done once the target runs it: releasing the frozen copy is the source's cleanup
        double millis = (System.nanoTime() - started) / 1e6;
        ProgramEntry moved = programs.record(restored.program(), System.currentTimeMillis());
        control.sendWithoutWaiting(source, new ControlRequest.Release(ControlChannel.newRequestId(), id, generation + 1));
        return new MigrationReport(moved.view(System.currentTimeMillis()), source, target, millis, snapshot.sizeBytes());
    }

    /** Resumes the program on its source; the error to answer the caller with. */
    private CoordinatorException rollBack(ProgramEntry program, String target, CoordinatorException cause) {
        String source = program.engine();
        String why = "migration of " + program.id() + " from " + source + " to " + target + " failed (" + cause.getMessage() + ")";
        try {
            var resumed = control.send(source, new ControlRequest.Resume(ControlChannel.newRequestId(), program.id()));
            programs.record(resumed.program(), System.currentTimeMillis());
            return CoordinatorException.conflict("migration-rolled-back", why + "; it runs on " + source + " again");
        } catch (CoordinatorException resumeFailed) {
            programs.get(program.id()).ifPresent(entry -> programs.update(entry.lost("rollback failed: " + resumeFailed.getMessage(),
                System.currentTimeMillis())));
            return CoordinatorException.conflict("migration-failed", why + ", and resuming it on " + source
                + " failed too (" + resumeFailed.getMessage() + ")");
        }
    }

    /** A step whose failure changes nothing for the caller; logged. */
    private void bestEffort(String engine, ControlRequest request) {
        try {
            control.send(engine, request);
        } catch (CoordinatorException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        }
    }
}
