package dev.continuum.notebook;

import java.util.ArrayList;
import java.util.List;

/** Inserts new cells at an index. */
public final class InsertCells implements Command {

    private final Notebook notebook;
    private final int index;
    private final List<Cell> cells = new ArrayList<>();

    public InsertCells(Notebook notebook, int index, List<CellState> states) {
        this.notebook = notebook;
        this.index = index;
        for (CellState state : states) {
            cells.add(new Cell(state));
        }
    }

    /** The cell objects this command inserts (the same ones after undo and redo). */
    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    @Override
    public boolean isExecutable() {
        return !cells.isEmpty() && index >= 0 && index <= notebook.size();
    }

    @Override
    public void execute() {
        notebook.insert(index, cells);
    }

    @Override
    public void undo() {
        notebook.remove(index, cells.size());
    }

    @Override
    public String description() {
        return cells.size() == 1 ? "Insert cell" : "Insert " + cells.size() + " cells";
    }
}
