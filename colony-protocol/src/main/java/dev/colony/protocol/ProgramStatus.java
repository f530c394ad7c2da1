package dev.colony.protocol;

/**
 * A program's status, published retained on {@link Topics#programStatus(String)}.
 *
 * @param generation grows by one at every restore, so a stale report from a former engine loses
 * @param engineId   the engine it runs on, or null when it runs nowhere
 * @param detail     why it ended or failed to move (one line), or null
 */
public record ProgramStatus(String programId, String name, String engineId, ProgramState state,
                            long generation, long sentAtMillis, String detail) {

    public ProgramStatus {
        Topics.requireId(programId);
        Fields.text(name, "name");
        if (engineId != null) {
            Topics.requireId(engineId);
        }
        Fields.present(state, "state");
        Fields.notNegative(generation, "generation");
        Fields.notNegative(sentAtMillis, "sentAtMillis");
    }

    public ProgramStatus(String programId, String name, String engineId, ProgramState state, long generation, long sentAtMillis) {
        this(programId, name, engineId, state, generation, sentAtMillis, null);
    }
}
