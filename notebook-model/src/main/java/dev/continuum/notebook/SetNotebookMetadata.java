package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;

/** Replaces the notebook's metadata. */
public final class SetNotebookMetadata implements Command {

    private final Notebook notebook;
    private final JsonObject before;
    private final JsonObject after;
    private final String description;

    public SetNotebookMetadata(Notebook notebook, JsonObject after, String description) {
        this.notebook = notebook;
        this.before = notebook.metadata();
        this.after = after;
        this.description = description;
    }

    @Override
    public boolean isExecutable() {
        return !before.equals(after) && notebook.metadata().equals(before);
    }

    @Override
    public void execute() {
        notebook.setMetadata(after);
    }

    @Override
    public void undo() {
        notebook.setMetadata(before);
    }

    @Override
    public String description() {
        return description;
    }
}
