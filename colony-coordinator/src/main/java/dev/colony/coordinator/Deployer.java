package dev.colony.coordinator;

import dev.colony.gfs.BlobStore;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.api.DeployRequest;
import dev.colony.protocol.api.ProgramView;
import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.transpile.JsSyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * {@code POST /api/programs}: checks the request, compiles the source (so a syntax error is a 400
 * here, not a failed program there), stores it as a blob, picks an engine and has it start the
 * program; answers once the engine runs it.
 */
final class Deployer {

    static final int MAX_SOURCE_BYTES = 1024 * 1024;
    static final String DEFAULT_FILE_NAME = "program.js";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JsRuntime runtime;
    private final BlobStore blobs;
    private final EngineRegistry engines;
    private final ProgramRegistry programs;
    private final ControlChannel control;

    Deployer(JsRuntime runtime, BlobStore blobs, EngineRegistry engines, ProgramRegistry programs, ControlChannel control) {
        this.runtime = runtime;
        this.blobs = blobs;
        this.engines = engines;
        this.programs = programs;
        this.control = control;
    }

    ProgramView deploy(DeployRequest request) {
        if (request.source() == null) {
            throw CoordinatorException.invalid("missing-field", "source is missing");
        }
        byte[] source = request.source().getBytes(StandardCharsets.UTF_8);
        if (source.length > MAX_SOURCE_BYTES) {
            throw CoordinatorException.tooLarge("the source is " + source.length + " bytes; the limit is " + MAX_SOURCE_BYTES);
        }
        String fileName = request.fileName() == null ? DEFAULT_FILE_NAME : requireFileName(request.fileName());
        // names are references in URLs and on command lines, so they follow the rules of ids
        String name = request.name() == null ? defaultName(fileName) : TextFields.requireId(request.name(), "name");
        String engine = request.engine() == null ? null : TextFields.requireId(request.engine(), "engine");
        compile(fileName, request.source());
        String codeRef = blobs.put(source);
        String target = engine == null ? leastLoaded() : requireOnline(engine);
        String id = newProgramId();
        long now = System.currentTimeMillis();
        programs.add(ProgramEntry.starting(id, name, target, now));
        try {
            var reply = control.send(target, new ControlRequest.Deploy(ControlChannel.newRequestId(), id, name, codeRef));
            return programs.record(reply.program(), System.currentTimeMillis()).view(System.currentTimeMillis());
        } catch (CoordinatorException e) {
            // a late start still reports its status, which replaces this
            programs.get(id).ifPresent(entry -> programs.update(entry.ended(ProgramState.FAILED, e.getMessage(),
                System.currentTimeMillis())));
            throw e;
        }
    }

    private void compile(String fileName, String source) {
        try {
            runtime.compile(fileName, source);
        } catch (JsSyntaxException e) {
            throw CoordinatorException.invalid("compile-error", e.getMessage());
        } catch (RuntimeException e) {
            throw CoordinatorException.invalid("compile-error", fileName + ": cannot compile: " + e.getMessage());
        }
    }

    /** The online engine with the fewest live programs (ties by name). */
    private String leastLoaded() {
        return engines.online().stream()
            .min(Comparator.comparingLong(programs::liveCountOn))
            .orElseThrow(() -> CoordinatorException.unavailable("no-engine-online", "no engine is online to run the program"));
    }

    private String requireOnline(String engine) {
        var entry = engines.get(engine)
            .orElseThrow(() -> CoordinatorException.notFound("unknown-engine", "no engine is named '" + engine + "'"));
        if (!engines.isOnline(engine)) {
            throw CoordinatorException.conflict("engine-not-online", "engine " + engine + " is " + entry.state());
        }
        return engine;
    }

    private static String requireFileName(String fileName) {
        TextFields.requireText(fileName, "fileName");
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw CoordinatorException.invalid("invalid-field", "fileName must be a file name without directories");
        }
        return fileName;
    }

    /** The file name without {@code .js}, made an id: {@code my counter.js} → {@code my-counter}. */
    private static String defaultName(String fileName) {
        String stem = fileName.endsWith(".js") ? fileName.substring(0, fileName.length() - 3) : fileName;
        String id = stem.replaceAll("[^A-Za-z0-9._-]", "-").replaceFirst("^[._-]+", "");
        return id.isEmpty() ? "program" : id.substring(0, Math.min(id.length(), TextFields.MAX_CHARS));
    }

    private String newProgramId() {
        byte[] bytes = new byte[4];
        String id;
        do {
            RANDOM.nextBytes(bytes);
            id = "p-" + HexFormat.of().formatHex(bytes);
        } while (programs.isKnownId(id));
        return id;
    }
}
