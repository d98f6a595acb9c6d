package dev.continuum.app.workspace;

import dev.continuum.ipynb.NotebookDocument;
import dev.continuum.notebook.Notebook;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Reads the notebooks named on the command line while JavaFX starts: starting the toolkit takes
 * most of a second in which the file can already be read, so the window has cells to show as soon
 * as it exists. The workspace takes what was read instead of reading again.
 */
public final class NotebookPrefetch {

    /** The preview and the whole read of one file, both already under way. */
    record Reading(CompletableFuture<Optional<Notebook>> preview, CompletableFuture<NotebookDocument> document) {
    }

    private static final Map<Path, Reading> READING = new ConcurrentHashMap<>();

    private NotebookPrefetch() {
    }

    /** Starts reading {@code file} (its first cells, then the whole of it) on background threads. */
    public static void start(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Executor thread = work -> Thread.ofPlatform().daemon().name("continuum-prefetch").start(work);
        // One after the other: the window's first paint needs the preview and the CPU, not a
        // second parse of the whole file competing with it.
        READING.computeIfAbsent(absolute, key -> {
            CompletableFuture<Optional<Notebook>> preview =
                    CompletableFuture.supplyAsync(() -> {
                        try {
                            return WorkspaceViewModel.preview(key);
                        } catch (java.io.IOException e) {
                            return Optional.<Notebook>empty(); // the whole read says what is wrong
                        }
                    }, thread);
            CompletableFuture<NotebookDocument> document = preview.handleAsync((shown, ignored) -> {
                try {
                    return NotebookDocument.open(key);
                } catch (java.io.IOException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            }, thread);
            return new Reading(preview, document);
        });
    }

    /** What was started for {@code file}, once: a second open of the same file reads it again. */
    static Optional<Reading> take(Path absolute) {
        return Optional.ofNullable(READING.remove(absolute));
    }
}
