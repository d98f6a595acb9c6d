package dev.continuum.notebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Deletes cells, which need not be next to each other; undo puts each back where it was. */
public final class DeleteCells implements Command {

    private record Placed(int index, Cell cell) {
    }

    private final Notebook notebook;
    private final List<Cell> cells;
    private final List<Placed> removed = new ArrayList<>();

    public DeleteCells(Notebook notebook, List<Cell> cells) {
        this.notebook = notebook;
        this.cells = List.copyOf(cells);
    }

    @Override
    public boolean isExecutable() {
        return !cells.isEmpty()
                && cells.stream().allMatch(cell -> notebook.indexOf(cell) >= 0)
                && cells.stream().distinct().count() == cells.size();
    }

    @Override
    public void execute() {
        removed.clear();
        for (Cell cell : cells) {
            removed.add(new Placed(notebook.indexOf(cell), cell));
        }
        removed.sort(Comparator.comparingInt(Placed::index));
        for (int i = removed.size() - 1; i >= 0; i--) {
            notebook.remove(removed.get(i).index(), 1);
        }
    }

    @Override
    public void undo() {
        // Ascending order: each cell returns to its old index once the ones before it are back.
        for (Placed placed : removed) {
            notebook.insert(placed.index(), List.of(placed.cell()));
        }
    }

    @Override
    public String description() {
        return cells.size() == 1 ? "Delete cell" : "Delete " + cells.size() + " cells";
    }
}
