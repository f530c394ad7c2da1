package dev.colony.engine;

import dev.colony.protocol.LogLine;
import dev.colony.runtime.ProgramOutput;
import java.time.Duration;

/**
 * A program's console as {@link LogLine}s: one per console call, numbered from where the program's
 * count stood (1 for a new program, the snapshot's line count + 1 after a restore), so the
 * numbering runs on unbroken across migrations.
 */
final class ProgramLog implements ProgramOutput {

    /** Keeps a line's JSON under the codec's 64 KiB even if every character needs a 6-byte escape. */
    static final int MAX_TEXT_CHARS = 8_000;

    private final String programId;
    private final long generation;
    private final ClusterPublisher publisher;
    private final PendingPublishes pending = new PendingPublishes();
    private long nextSeq; // the program's thread only

    ProgramLog(String programId, long generation, long firstSeq, ClusterPublisher publisher) {
        this.programId = programId;
        this.generation = generation;
        this.nextSeq = firstSeq;
        this.publisher = publisher;
    }

    @Override
    public void stdout(String text) {
        publish("stdout", text);
    }

    @Override
    public void stderr(String text) {
        publish("stderr", text);
    }

    boolean flush(Duration timeout) {
        return pending.awaitAll(timeout);
    }

    private void publish(String stream, String text) {
        LogLine line = new LogLine(programId, nextSeq++, stream, Texts.cut(text, MAX_TEXT_CHARS), generation, System.currentTimeMillis());
        pending.track(publisher.logLine(line));
    }
}
