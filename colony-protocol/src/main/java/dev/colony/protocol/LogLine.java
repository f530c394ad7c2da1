package dev.colony.protocol;

/**
 * One console line of a program, published on {@link Topics#programLogs(String)}.
 *
 * @param seq        the program's console line number, from 1, counted across migrations (a
 *                   receiver drops a seq it has already seen: a line replayed after a restore)
 * @param stream     {@code stdout} or {@code stderr}
 * @param generation the generation that printed it
 * @param timeMillis the engine's clock, epoch milliseconds
 */
public record LogLine(String programId, long seq, String stream, String text, long generation, long timeMillis) {
    public LogLine {
        Topics.requireId(programId);
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be 1 or more: " + seq);
        }
        if (!"stdout".equals(stream) && !"stderr".equals(stream)) {
            throw new IllegalArgumentException("stream must be stdout or stderr: " + stream);
        }
        Fields.present(text, "text");
        Fields.notNegative(generation, "generation");
        Fields.notNegative(timeMillis, "timeMillis");
    }
}
