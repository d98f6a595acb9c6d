package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import java.util.List;

/** What changed in a notebook; listeners receive one event per elementary change, in order. */
public sealed interface NotebookChange {

    /** {@code cells} now stand at {@code index} onwards. */
    record CellsInserted(int index, List<Cell> cells) implements NotebookChange {
    }

    /** {@code cells} stood at {@code index} onwards and are gone. */
    record CellsRemoved(int index, List<Cell> cells) implements NotebookChange {
    }

    record CellMoved(Cell cell, int from, int to) implements NotebookChange {
    }

    /** The content of {@code cell} changed (source, type, metadata, outputs, ...). */
    record CellUpdated(Cell cell, CellState before, CellState after) implements NotebookChange {
    }

    record MetadataChanged(JsonObject before, JsonObject after) implements NotebookChange {
    }
}
