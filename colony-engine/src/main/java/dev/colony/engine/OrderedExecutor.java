package dev.colony.engine;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/** Runs its tasks one at a time, in the order given, on a shared executor: one program's file operations. */
final class OrderedExecutor implements Executor {
    private final Executor shared;
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private boolean running;

    OrderedExecutor(Executor shared) {
        this.shared = shared;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            queue.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        shared.execute(this::drain);
    }

    /** Runs what is queued; a task's failure does not stop the ones after it. */
    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = queue.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                System.getLogger(OrderedExecutor.class.getName()).log(System.Logger.Level.WARNING, "a file operation failed", e);
            }
        }
    }
}
