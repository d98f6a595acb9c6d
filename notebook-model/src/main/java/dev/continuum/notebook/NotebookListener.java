package dev.continuum.notebook;

/** Receives every change of a notebook, on the thread that made it. */
@FunctionalInterface
public interface NotebookListener {
    void changed(NotebookChange change);
}
