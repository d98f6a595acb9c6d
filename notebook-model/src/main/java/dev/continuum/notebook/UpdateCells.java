package dev.continuum.notebook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Changes the content of cells: source, type, metadata, outputs. The states before and after are
 * recorded when the command is built, so undo restores exactly what was there.
 */
public final class UpdateCells implements Command {

    private final Notebook notebook;
    private final String description;
    private final Map<Cell, CellState> before = new LinkedHashMap<>();
    private final Map<Cell, CellState> after = new LinkedHashMap<>();

    public UpdateCells(Notebook notebook, String description, Iterable<Cell> cells, UnaryOperator<CellState> change) {
        this.notebook = notebook;
        this.description = description;
        for (Cell cell : cells) {
            CellState old = cell.state();
            CellState changed = change.apply(old);
            if (!changed.equals(old)) {
                before.put(cell, old);
                after.put(cell, changed);
            }
        }
    }

    @Override
    public boolean isExecutable() {
        return !after.isEmpty()
                && after.keySet().stream().allMatch(cell -> notebook.indexOf(cell) >= 0 && cell.state().equals(before.get(cell)));
    }

    @Override
    public void execute() {
        after.forEach((cell, state) -> notebook.update(cell, CellState.threeWay(cell.state(), before.get(cell), state)));
    }

    @Override
    public void undo() {
        before.forEach((cell, state) -> notebook.update(cell, CellState.threeWay(cell.state(), after.get(cell), state)));
    }

    @Override
    public String description() {
        return description;
    }
}
