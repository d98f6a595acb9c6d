package dev.continuum.launchers.jupyter;

import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The thread that calls listeners and completes futures, in the order the kernel's messages came.
 * Keeping them off the I/O loop means a slow listener (or a caller chaining work on a future)
 * never stalls the sockets or the heartbeat. A listener that throws is logged, never fatal.
 */
final class EventThread {

    private static final System.Logger LOG = System.getLogger(EventThread.class.getName());

    private final ExecutorService executor;
    private volatile Thread thread;

    EventThread(String name) {
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    void deliver(Runnable event) {
        try {
            executor.execute(() -> {
                try {
                    event.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a kernel session listener failed", e);
                }
            });
        } catch (RejectedExecutionException closed) {
            // After close: run it here, so a future failed during shutdown still completes.
            try {
                event.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a kernel session listener failed", e);
            }
        }
    }

    boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    /** Delivers what is queued, then stops; waits briefly unless called from the event thread itself. */
    void shutdown() {
        executor.shutdown();
        if (!isCurrent()) {
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
