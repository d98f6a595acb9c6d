package dev.continuum.notebook;

/** Moves one cell to a new index (the index it will have afterwards). */
public final class MoveCell implements Command {

    private final Notebook notebook;
    private final Cell cell;
    private final int target;
    private int origin = -1;

    public MoveCell(Notebook notebook, Cell cell, int target) {
        this.notebook = notebook;
        this.cell = cell;
        this.target = target;
    }

    @Override
    public boolean isExecutable() {
        int index = notebook.indexOf(cell);
        return index >= 0 && target >= 0 && target < notebook.size() && target != index;
    }

    @Override
    public void execute() {
        origin = notebook.indexOf(cell);
        notebook.move(origin, target);
    }

    @Override
    public void undo() {
        notebook.move(target, origin);
    }

    @Override
    public String description() {
        return "Move cell";
    }
}
