package dev.colony.coordinator;

import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.api.ProgramView;
import java.util.Locale;

/** {@code pause}, {@code resume} and {@code kill}: sent to the program's engine, answered with the new state. */
final class ProgramControl {

    enum Action { PAUSE, RESUME, KILL }

    private final ProgramRegistry programs;
    private final ControlChannel control;

    ProgramControl(ProgramRegistry programs, ControlChannel control) {
        this.programs = programs;
        this.control = control;
    }

    ProgramView apply(String ref, Action action) {
        ProgramEntry program = programs.resolve(ref);
        if (!program.live() || program.engine() == null) {
            throw CoordinatorException.conflict("wrong-state", "cannot " + action.name().toLowerCase(Locale.ROOT) + " program "
                + program.id() + ": it is " + program.state() + (program.detail() == null ? "" : " (" + program.detail() + ")"));
        }
        if (programs.isMigrating(program.id())) {
            throw CoordinatorException.conflict("migration-in-progress", "program " + program.id() + " is being migrated");
        }
        String requestId = ControlChannel.newRequestId();
        ControlRequest request = switch (action) {
            case PAUSE -> new ControlRequest.Pause(requestId, program.id());
            case RESUME -> new ControlRequest.Resume(requestId, program.id());
            case KILL -> new ControlRequest.Kill(requestId, program.id());
        };
        var reply = control.send(program.engine(), request);
        return programs.record(reply.program(), System.currentTimeMillis()).view(System.currentTimeMillis());
    }
}
