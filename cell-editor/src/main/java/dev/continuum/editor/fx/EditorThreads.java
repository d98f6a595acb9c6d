package dev.continuum.editor.fx;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The threads the editor's views use. Background work gets daemon threads, so an open notebook
 * never keeps the JVM alive, and the pools shrink to nothing when idle, so a notebook with hundreds
 * of cells costs no threads until someone types or an image decodes.
 */
public final class EditorThreads {

    private EditorThreads() {
    }

    /** Runs on the FX application thread: the executor for finishing background work in the UI. */
    public static Executor fx() {
        return Platform::runLater;
    }

    /** One thread shared by all editors: highlighting is short, and one thread keeps it ordered. */
    public static ExecutorService highlighting() {
        return Holder.HIGHLIGHTING;
    }

    /** Decodes large images; two threads so one huge image does not hold up the others. */
    public static ExecutorService decoding() {
        return Holder.DECODING;
    }

    private static final class Holder {
        static final ExecutorService HIGHLIGHTING = pool("continuum-highlight", 1);
        static final ExecutorService DECODING = pool("continuum-image-decode", 2);
    }

    private static ExecutorService pool(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
