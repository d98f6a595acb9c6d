package dev.continuum.app.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands the result back on it: file I/O never blocks the window.
 * Tests use {@link #direct()}, which runs everything at once on the calling thread.
 */
public final class BackgroundTasks {

    private final Executor background;
    private final Executor ui;

    public BackgroundTasks(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Virtual threads for the work, the JavaFX application thread for the results. */
    public static BackgroundTasks forJavaFx() {
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        return new BackgroundTasks(workers, javafx.application.Platform::runLater);
    }

    /** Where results are handed back: the UI thread. */
    public Executor ui() {
        return ui;
    }

    public static BackgroundTasks direct() {
        return new BackgroundTasks(Runnable::run, Runnable::run);
    }

    /** Runs {@code work} in the background; exactly one of the callbacks runs on the UI thread. */
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, background);
        future.whenCompleteAsync((value, error) -> {
            try {
                if (error == null) {
                    onSuccess.accept(value);
                } else {
                    onFailure.accept(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
                }
            } catch (RuntimeException | Error e) {
                // a failing callback must be seen, not vanish inside the future
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, e);
            }
        }, ui);
        return future;
    }
}
