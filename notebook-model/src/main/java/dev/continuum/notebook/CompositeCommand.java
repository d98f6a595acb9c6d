package dev.continuum.notebook;

import java.util.List;

/** Several commands as one edit: done in order, undone in reverse. */
public final class CompositeCommand implements Command {

    private final String description;
    private final List<Command> parts;

    public CompositeCommand(String description, List<Command> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    /** Every part must be executable as the notebook stands when this is asked. */
    @Override
    public boolean isExecutable() {
        return !parts.isEmpty() && parts.stream().allMatch(Command::isExecutable);
    }

    @Override
    public void execute() {
        parts.forEach(Command::execute);
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public void redo() {
        parts.forEach(Command::redo);
    }

    @Override
    public String description() {
        return description;
    }
}
