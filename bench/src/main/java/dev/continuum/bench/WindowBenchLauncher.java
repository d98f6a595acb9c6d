package dev.continuum.bench;

import javafx.application.Application;

/** Starts {@link WindowBench}; a main class that is not an Application, as JavaFX on the class path needs. */
public final class WindowBenchLauncher {

    private WindowBenchLauncher() {
    }

    public static void main(String[] args) {
        // As ./continuum FILE does: the file is read while JavaFX starts.
        dev.continuum.app.workspace.NotebookPrefetch.start(java.nio.file.Path.of(args[0]));
        Application.launch(WindowBench.class, args);
    }
}
