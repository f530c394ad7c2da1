package dev.colony.engine;

import dev.colony.gfs.BlobHashes;
import dev.colony.gfs.BlobStore;
import dev.colony.protocol.ControlReply;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.ProgramStatus;
import dev.colony.protocol.SnapshotRef;
import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.Program;
import dev.colony.runtime.ProgramExit;
import dev.colony.runtime.engine.CapturedState;
import dev.colony.runtime.snapshot.SnapshotException;
import dev.colony.runtime.snapshot.SnapshotHeader;
import dev.colony.runtime.transpile.JsSyntaxException;
import dev.colony.runtime.transpile.TranspiledSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Carries out control requests on the programs of this engine (docs/cluster.md). Everything here
 * runs on the engine's one control thread, so requests and programs ending on their own never
 * interleave.
 */
final class ProgramControl {

    private static final System.Logger LOG = System.getLogger(ProgramControl.class.getName());
    private static final Duration CAPTURE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final String engineId;
    private final JsRuntime runtime;
    private final BlobStore blobs;
    private final ProgramSessions sessions;
    private final FileSystemPorts files;
    private final ClusterPublisher publisher;
    private final Executor controlThread;
    private final Map<String, HostedProgram> programs = new ConcurrentHashMap<>();

    ProgramControl(String engineId, JsRuntime runtime, BlobStore blobs, ProgramSessions sessions, FileSystemPorts files,
                   ClusterPublisher publisher, Executor controlThread) {
        this.files = files;
        this.engineId = engineId;
        this.runtime = runtime;
        this.blobs = blobs;
        this.sessions = sessions;
        this.publisher = publisher;
        this.controlThread = controlThread;
    }

    /** Programs running or paused here (frozen ones run nowhere). Any thread. */
    int liveCount() {
        return (int) programs.values().stream().filter(HostedProgram::isLive).count();
    }

    ControlReply handle(ControlRequest request) {
        String id = request.requestId();
        try {
            return switch (request) {
                case ControlRequest.Deploy deploy -> ControlReply.ok(id, deploy(deploy));
                case ControlRequest.Pause pause -> ControlReply.ok(id, pause(pause.programId()));
                case ControlRequest.Resume resume -> ControlReply.ok(id, resume(resume.programId()));
                case ControlRequest.Kill kill -> ControlReply.ok(id, kill(kill.programId()));
                case ControlRequest.Freeze freeze -> {
                    freeze(freeze.programId());
                    yield snapshot(id, freeze.programId()); // stored at once: the coordinator can skip its snapshot step
                }
                case ControlRequest.Snapshot snapshot -> snapshot(id, snapshot.programId());
                case ControlRequest.Restore restore -> ControlReply.ok(id, restore(restore));
                case ControlRequest.Release release -> ControlReply.ok(id, release(release.programId()));
                case ControlRequest.Abort abort -> ControlReply.ok(id, abort(abort));
            };
        } catch (ControlFailure e) {
            return ControlReply.failed(id, e.error());
        }
    }

    /** A restore the coordinator gave up on: the program stops here, its session stays for the source's rollback. */
    private ProgramStatus abort(ControlRequest.Abort request) {
        HostedProgram hosted = require(request.programId());
        if (hosted.generation() != request.generation()) {
            throw new ControlFailure("generation-mismatch", "program " + request.programId() + " runs here as generation "
                + hosted.generation() + ", not " + request.generation());
        }
        if (hosted.isLive()) {
            stop(hosted);
        }
        hosted.ended(ProgramState.KILLED, "aborted: the coordinator gave up on its restore");
        programs.remove(hosted.id());
        return hosted.status(engineId);
    }

    /** Engine shutdown: programs stop here without a final status, as the coordinator will see them lost. */
    void stopAll() {
        for (HostedProgram hosted : programs.values()) {
            if (hosted.isLive()) {
                stop(hosted);
                hosted.ended(ProgramState.KILLED, "the engine stopped");
            }
        }
        programs.clear();
        runtime.close();
        files.close();
    }

    private ProgramStatus deploy(ControlRequest.Deploy request) {
        requireAbsent(request.programId());
        byte[] code = fetch(request.codeRef(), "code");
        TranspiledSource compiled;
        try {
            compiled = runtime.compile(fileName(request.name()), new String(code, StandardCharsets.UTF_8));
        } catch (JsSyntaxException e) {
            throw new ControlFailure("compile-error", e.getMessage());
        }
        ProgramSession session = sessions.open(request.programId());
        ProgramLog log = new ProgramLog(request.programId(), 0, 1, publisher);
        Program program = runtime.load(request.programId(), compiled, log, session, files.forProgram());
        return run(new HostedProgram(request.programId(), request.name(), 0, program, session, log, ProgramState.RUNNING), session);
    }

    private ProgramStatus pause(String programId) {
        HostedProgram hosted = requireLive(programId, "paused");
        hosted.program().pause();
        hosted.paused(true);
        return publish(hosted);
    }

    /** Resumes a paused program, or rolls a frozen one back: its held snapshot runs here as the next generation. */
    private ProgramStatus resume(String programId) {
        HostedProgram hosted = require(programId);
        if (hosted.state() == ProgramState.FROZEN) {
            byte[] snapshot = hosted.held();
            return startFromSnapshot(programId, hosted.name(), snapshot, describe(snapshot), false);
        }
        requireLive(programId, "resumed");
        hosted.program().resume();
        hosted.paused(false);
        return publish(hosted);
    }

    private ProgramStatus kill(String programId) {
        HostedProgram hosted = require(programId);
        if (hosted.isLive()) {
            stop(hosted);
        }
        hosted.ended(ProgramState.KILLED, "killed");
        return end(hosted);
    }

    /** Migration step 1: capture and stop, flush what it said, disconnect, and hold the snapshot. */
    private ProgramStatus freeze(String programId) {
        HostedProgram hosted = require(programId);
        if (hosted.state() == ProgramState.FROZEN) {
            return hosted.status(engineId);
        }
        requireLive(programId, "frozen");
        Program program = hosted.program();
        CompletableFuture<CapturedState> capture = program.capture(true);
        // should the wait below give up, the program may still stop later: hold it then, so the coordinator can roll it back
        capture.thenAcceptAsync(late -> holdLateCapture(hosted, program, late), controlThread);
        return hold(hosted, program, awaitCapture(capture, programId));
    }

    /** Migration step 2 (or a checkpoint of a live program, which runs on): the snapshot goes to the blob store. */
    private ControlReply snapshot(String requestId, String programId) {
        HostedProgram hosted = require(programId);
        byte[] snapshot;
        if (hosted.state() == ProgramState.FROZEN) {
            snapshot = hosted.held();
        } else {
            requireLive(programId, "checkpointed");
            snapshot = runtime.seal(awaitCapture(hosted.program().capture(false), programId));
        }
        String hash = blobs.put(snapshot);
        return ControlReply.snapshotTaken(requestId, hosted.status(engineId), new SnapshotRef(hash, snapshot.length));
    }

    /** Migration step 3: fetch and verify the snapshot, connect the session, run it as the next generation. */
    private ProgramStatus restore(ControlRequest.Restore request) {
        requireAbsent(request.programId());
        String hash = request.snapshot().hash();
        byte[] snapshot = fetch(hash, "snapshot");
        if (!BlobHashes.of(snapshot).equals(hash)) {
            throw new ControlFailure("bad-snapshot", "snapshot " + hash + " does not hash to its name");
        }
        SnapshotHeader header = describe(snapshot);
        if (!header.programId().equals(request.programId())) {
            throw new ControlFailure("bad-snapshot", "snapshot " + hash + " is of program " + header.programId()
                + ", not " + request.programId());
        }
        if (request.generation() != header.generation() + 1) {
            throw new ControlFailure("generation-mismatch", "snapshot " + hash + " is generation " + header.generation()
                + ", so it restores as " + (header.generation() + 1) + ", not " + request.generation());
        }
        return startFromSnapshot(request.programId(), request.name(), snapshot, header, request.paused());
    }

    /** Migration step 4: the target runs the program; the frozen copy goes. Nothing is published: the status is the target's now. */
    private ProgramStatus release(String programId) {
        HostedProgram hosted = require(programId);
        if (hosted.state() != ProgramState.FROZEN) {
            throw wrongState(hosted, "released");
        }
        programs.remove(programId);
        return hosted.status(engineId);
    }

    private ProgramStatus startFromSnapshot(String programId, String name, byte[] snapshot, SnapshotHeader header, boolean paused) {
        long generation = header.generation() + 1;
        ProgramSession session = sessions.open(programId);
        ProgramLog log = new ProgramLog(programId, generation, header.summary().consoleLines() + 1, publisher);
        Program program;
        try {
            program = runtime.restore(snapshot, log, session, files.forProgram());
        } catch (SnapshotException e) {
            session.close();
            throw new ControlFailure("bad-snapshot", e.getMessage());
        }
        if (paused) {
            program.pause();
        }
        ProgramState state = paused ? ProgramState.PAUSED : ProgramState.RUNNING;
        return run(new HostedProgram(programId, name, generation, program, session, log, state), session);
    }

    private ProgramStatus run(HostedProgram hosted, ProgramSession session) {
        Program program = hosted.program();
        session.bind(program);
        programs.put(hosted.id(), hosted);
        program.start();
        program.exit().thenAcceptAsync(exit -> endedByItself(hosted, program, exit), controlThread);
        awaitStarted(program);
        return publish(hosted);
    }

    /** The reply says RUNNING only once the program's code runs: its scope and state are in place. */
    private static void awaitStarted(Program program) {
        try {
            program.started().get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ControlFailure("start-timeout", "program " + program.id() + " did not start within " + START_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new ControlFailure("start-failed", e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ControlFailure("engine-stopping", "the engine is stopping");
        }
    }

    /** A program that completed, failed or was stopped by the sandbox; ends we asked for are already handled. */
    private void endedByItself(HostedProgram hosted, Program program, ProgramExit exit) {
        if (hosted.program() != program || exit.outcome() == ProgramExit.Outcome.CAPTURED) {
            return;
        }
        hosted.flush(FLUSH_TIMEOUT);
        switch (exit.outcome()) {
            case COMPLETED -> hosted.ended(ProgramState.EXITED, null);
            case KILLED -> hosted.ended(ProgramState.KILLED, exit.message());
            default -> hosted.ended(ProgramState.FAILED, exit.message());
        }
        end(hosted);
    }

    private void holdLateCapture(HostedProgram hosted, Program program, CapturedState captured) {
        if (hosted.program() == program) {
            hold(hosted, program, captured);
        }
    }

    private ProgramStatus hold(HostedProgram hosted, Program program, CapturedState captured) {
        byte[] snapshot = runtime.seal(captured);
        awaitExit(program);
        if (!hosted.flush(FLUSH_TIMEOUT)) {
            LOG.log(System.Logger.Level.WARNING, "program " + hosted.id() + " froze with publishes not yet acknowledged");
        }
        hosted.frozen(snapshot);
        return publish(hosted);
    }

    private void stop(HostedProgram hosted) {
        hosted.program().kill();
        awaitExit(hosted.program());
        hosted.flush(FLUSH_TIMEOUT);
    }

    /** Forgets an ended program and its broker session, and tells the cluster. */
    private ProgramStatus end(HostedProgram hosted) {
        programs.remove(hosted.id());
        try {
            sessions.clear(hosted.id());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not clear the MQTT session of program " + hosted.id() + ": " + e.getMessage());
        }
        return publish(hosted);
    }

    private ProgramStatus publish(HostedProgram hosted) {
        ProgramStatus status = hosted.status(engineId);
        publisher.programStatus(status);
        return status;
    }

    private byte[] fetch(String hash, String what) {
        try {
            return blobs.get(hash).orElseThrow(() -> new ControlFailure("unknown-blob", "no " + what + " blob " + hash));
        } catch (IllegalArgumentException e) { // not a hash, or bytes that do not hash to it
            throw new ControlFailure(what.equals("snapshot") ? "bad-snapshot" : "bad-blob", e.getMessage());
        } catch (EngineException e) {
            throw new ControlFailure("blob-unavailable", e.getMessage());
        }
    }

    private SnapshotHeader describe(byte[] snapshot) {
        try {
            return runtime.describe(snapshot);
        } catch (SnapshotException e) {
            throw new ControlFailure("bad-snapshot", e.getMessage());
        }
    }

    private CapturedState awaitCapture(CompletableFuture<CapturedState> capture, String programId) {
        try {
            return capture.get(CAPTURE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ControlFailure("capture-timeout", "program " + programId + " reached no safepoint within "
                + CAPTURE_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new ControlFailure("capture-failed", "program " + programId + " could not be captured: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ControlFailure("engine-stopping", "the engine is stopping");
        }
    }

    private static void awaitExit(Program program) {
        try {
            program.exit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "program " + program.id() + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException("a program's exit never fails", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HostedProgram require(String programId) {
        HostedProgram hosted = programs.get(programId);
        if (hosted == null) {
            throw new ControlFailure("unknown-program", "engine " + engineId + " has no program " + programId);
        }
        return hosted;
    }

    private HostedProgram requireLive(String programId, String verb) {
        HostedProgram hosted = require(programId);
        if (!hosted.isLive()) {
            throw wrongState(hosted, verb);
        }
        return hosted;
    }

    private void requireAbsent(String programId) {
        HostedProgram hosted = programs.get(programId);
        if (hosted != null) {
            throw new ControlFailure("program-exists", "program " + programId + " is already on engine " + engineId
                + " (" + hosted.state() + ")");
        }
    }

    private ControlFailure wrongState(HostedProgram hosted, String verb) {
        return new ControlFailure("wrong-state", "program " + hosted.id() + " is " + hosted.state() + " on engine "
            + engineId + " and cannot be " + verb);
    }

    /** Where compile errors point: the program's name as a script file. */
    private static String fileName(String programName) {
        return programName.endsWith(".js") ? programName : programName + ".js";
    }
}
