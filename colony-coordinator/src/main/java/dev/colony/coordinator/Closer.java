package dev.colony.coordinator;

import java.util.ArrayDeque;
import java.util.Deque;

/** Closes what was opened, last first; one failing close does not stop the others. Safe to call twice. */
final class Closer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Closer.class.getName());

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    synchronized <T extends AutoCloseable> T push(T resource) {
        opened.push(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "while shutting down: " + e, e);
            }
        }
    }
}
