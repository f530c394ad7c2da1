package dev.colony.coordinator;

import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProtocolException;
import dev.colony.protocol.api.LogPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Programs' console lines. Each line is appended to the program's file ({@code logs/{id}.jsonl}, one
 * JSON {@link LogLine} a line) and the latest {@code memoryLines} of each program stay in memory;
 * older pages are read back from the file. A seq already held is dropped (a line replayed after a
 * restore), and so is a line older than what memory dropped. Readers may wait for a line (long poll).
 * Thread-safe: one monitor guards all programs, and it is what waiting readers wait on.
 */
final class LogStore implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LogStore.class.getName());

    /** One program's lines: the newest in memory, all of them in its file. */
    private static final class ProgramLog {
        final NavigableMap<Long, LogLine> recent = new TreeMap<>();
        /** Lines at or below this seq live only in the file. */
        long trimmedThrough;
    }

    private final Path dir;
    private final int memoryLines;
    private final JsonCodec codec;
    private final Map<String, ProgramLog> logs = new HashMap<>();
    private boolean closed;

    LogStore(Path dir, int memoryLines, JsonCodec codec) {
        this.memoryLines = memoryLines;
        this.codec = codec;
        try {
            this.dir = Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the log directory " + dir + ": " + e.getMessage(), e);
        }
    }

    synchronized void add(LogLine line) {
        ProgramLog log = open(line.programId());
        if (line.seq() <= log.trimmedThrough || log.recent.containsKey(line.seq())) {
            return;
        }
        log.recent.put(line.seq(), line);
        append(line);
        while (log.recent.size() > memoryLines) {
            log.trimmedThrough = log.recent.pollFirstEntry().getKey();
        }
        notifyAll();
    }

    /**
     * Up to {@code limit} lines after seq {@code after}, in seq order; when there are none yet, waits
     * up to {@code waitMillis} for one.
     */
    synchronized LogPage read(String programId, long after, int limit, long waitMillis) throws InterruptedException {
        ProgramLog log = open(programId);
        long deadline = System.currentTimeMillis() + waitMillis;
        while (!closed && log.recent.higherKey(after) == null) {
            long remaining = deadline - System.currentTimeMillis();
            if (remaining <= 0) {
                break;
            }
            wait(remaining);
        }
        List<LogLine> lines = after < log.trimmedThrough ? fromFile(programId, after, limit)
            : log.recent.tailMap(after, false).values().stream().limit(limit).toList();
        return new LogPage(lines, lines.isEmpty() ? after : lines.getLast().seq());
    }

    /** Wakes every waiting reader; later reads answer at once. */
    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** A program's log, loaded from its file on first use (e.g. after a restart). */
    private ProgramLog open(String programId) {
        ProgramLog log = logs.get(programId);
        if (log == null) {
            log = new ProgramLog();
            for (LogLine line : readFile(programId)) {
                log.recent.put(line.seq(), line);
                if (log.recent.size() > memoryLines) {
                    log.trimmedThrough = Math.max(log.trimmedThrough, log.recent.pollFirstEntry().getKey());
                }
            }
            logs.put(programId, log);
        }
        return log;
    }

    private List<LogLine> fromFile(String programId, long after, int limit) {
        return readFile(programId).stream().filter(line -> line.seq() > after).limit(limit).toList();
    }

    /** The file's lines in seq order, each seq once. */
    private List<LogLine> readFile(String programId) {
        Path file = file(programId);
        if (Files.notExists(file)) {
            return List.of();
        }
        try (Stream<String> text = Files.lines(file, StandardCharsets.UTF_8)) {
            Map<Long, LogLine> bySeq = new TreeMap<>();
            text.forEach(json -> parse(json, file).ifPresent(line -> bySeq.putIfAbsent(line.seq(), line)));
            return List.copyOf(bySeq.values());
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the log file " + file + ": " + e.getMessage());
            return List.of();
        }
    }

    private Optional<LogLine> parse(String json, Path file) {
        try {
            return Optional.of(codec.decode(json.getBytes(StandardCharsets.UTF_8), LogLine.class));
        } catch (ProtocolException e) {
            LOG.log(System.Logger.Level.WARNING, "skipping a damaged line in " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private void append(LogLine line) {
        byte[] json = codec.encode(line);
        byte[] record = new byte[json.length + 1];
        System.arraycopy(json, 0, record, 0, json.length);
        record[json.length] = '\n';
        try {
            Files.write(file(line.programId()), record, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot append to the log of " + line.programId() + ": " + e.getMessage());
        }
    }

    private Path file(String programId) {
        return dir.resolve(programId + ".jsonl");
    }
}
