package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * A cell of a notebook. Its identity is stable across edits (views and runs hold on to it); its
 * content changes only through the owning {@link Notebook}, which records undoable edits and
 * tells listeners.
 */
public final class Cell {

    private CellState state;

    public Cell(CellState state) {
        this.state = state;
    }

    public CellState state() {
        return state;
    }

    void setState(CellState newState) {
        this.state = newState;
    }

    /** The cell id; empty in notebooks older than 4.5 that have none. */
    public Optional<String> id() {
        return Optional.ofNullable(state.id());
    }

    public CellType type() {
        return state.type();
    }

    public String source() {
        return state.source();
    }

    public JsonObject metadata() {
        return state.metadata();
    }

    public List<Output> outputs() {
        return state.outputs();
    }

    public Optional<Integer> executionCount() {
        return Optional.ofNullable(state.executionCount());
    }

    /** The environment this cell runs on, from {@code metadata.continuum.environment}. */
    public Optional<String> environment() {
        return Placement.environmentOf(state.metadata());
    }

    @Override
    public String toString() {
        return "Cell[" + state.type().jsonName() + (state.id() == null ? "" : " " + state.id()) + "]";
    }
}
