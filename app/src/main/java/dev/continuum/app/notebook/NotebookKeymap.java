package dev.continuum.app.notebook;

import dev.continuum.notebook.CellType;

/**
 * JupyterLab's keyboard model. Command mode: Enter edits; A/B insert above/below; D D deletes;
 * M/Y/R change type; Z / Shift-Z undo and redo cell operations; Shift-M merges; C/X/V copy, cut,
 * paste; I I interrupts the kernel, 0 0 restarts it; Up/K, Down/J move (with Shift: extend the selection); Ctrl-Up/Down move the cell.
 * Both modes: Shift-Enter runs and advances, Ctrl-Enter runs, Alt-Enter runs and inserts below,
 * Ctrl-S saves, Esc leaves edit mode, Ctrl-Shift-Minus splits at the caret (edit mode).
 */
final class NotebookKeymap {

    private final NotebookViewModel notebook;
    /** The first key of a doubled-key command (D D, I I, 0 0) just pressed, or null. */
    private String pendingPair;

    NotebookKeymap(NotebookViewModel notebook) {
        this.notebook = notebook;
    }

    boolean handle(KeyStroke key) {
        String firstOfPair = pendingPair;
        pendingPair = null;
        if (handleInBothModes(key)) {
            return true;
        }
        if (notebook.mode() == Mode.EDIT) {
            return false; // typing goes to the editor
        }
        return handleCommand(key, firstOfPair);
    }

    private boolean handleInBothModes(KeyStroke key) {
        String name = key.key();
        if (name.equals("Enter") && key.shift() && !key.shortcut()) {
            notebook.runActive(true, false);
        } else if (name.equals("Enter") && key.shortcut()) {
            notebook.runActive(false, false);
        } else if (name.equals("Enter") && key.alt()) {
            notebook.runActive(false, true);
        } else if (name.equals("S") && key.shortcut()) {
            notebook.save();
        } else if (name.equals("Esc") && notebook.mode() == Mode.EDIT) {
            notebook.enterCommandMode();
        } else {
            return false;
        }
        return true;
    }

    private boolean handleCommand(KeyStroke key, String firstOfPair) {
        if (key.shortcut()) {
            return switch (key.key()) {
                case "Up" -> run(() -> notebook.moveSelected(-1));
                case "Down" -> run(() -> notebook.moveSelected(1));
                case "Z" -> run(key.shift() ? notebook::redo : notebook::undo);
                case "Y" -> run(notebook::redo);
                default -> false;
            };
        }
        if (key.alt()) {
            return false;
        }
        return switch (key.key()) {
            case "Enter" -> run(notebook::enterEditMode);
            case "A" -> run(() -> notebook.insertCell(false, CellType.CODE));
            case "B" -> run(() -> notebook.insertCell(true, CellType.CODE));
            case "D" -> pair(key, firstOfPair, notebook::deleteSelected);
            case "I" -> pair(key, firstOfPair, notebook::interrupt);
            case "0" -> pair(key, firstOfPair, notebook::restartKernels);
            case "M" -> run(key.shift() ? notebook::mergeSelected : () -> notebook.changeType(CellType.MARKDOWN));
            case "Y" -> run(() -> notebook.changeType(CellType.CODE));
            case "R" -> run(() -> notebook.changeType(CellType.RAW));
            case "Z" -> run(key.shift() ? notebook::redo : notebook::undo);
            case "C" -> run(notebook::copySelected);
            case "X" -> run(notebook::cutSelected);
            case "V" -> run(notebook::pasteBelow);
            case "Up", "K" -> run(() -> notebook.moveSelection(-1, key.shift()));
            case "Down", "J" -> run(() -> notebook.moveSelection(1, key.shift()));
            default -> false;
        };
    }

    /** JupyterLab's doubled keys (D D delete, I I interrupt, 0 0 restart): the action on the second press. */
    private boolean pair(KeyStroke key, String firstOfPair, Runnable action) {
        if (key.key().equals(firstOfPair)) {
            action.run();
        } else {
            pendingPair = key.key();
        }
        return true;
    }

    private static boolean run(Runnable action) {
        action.run();
        return true;
    }
}
