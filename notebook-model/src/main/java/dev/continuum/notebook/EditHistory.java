package dev.continuum.notebook;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Undo and redo stacks of a notebook. A new edit clears redo; the notebook is dirty unless the edit
 * on top is the one that was current when it was saved, so undoing back to the save point makes it
 * clean again. Edits pushed while another edit is running (from a change listener) are refused.
 */
public final class EditHistory {

    /** Enough for a long session; the oldest edits fall off. */
    public static final int DEFAULT_LIMIT = 1000;

    private static final Object CLEAN_START = new Object();

    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final int limit;
    private Object savedTop = CLEAN_START;
    private long revision;
    private boolean busy;

    public EditHistory() {
        this(DEFAULT_LIMIT);
    }

    public EditHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /** Runs the command and records it; false (and nothing done) when it is not executable. */
    public boolean execute(Command command) {
        guard();
        if (!command.isExecutable()) {
            return false;
        }
        run(command::execute);
        undo.push(command);
        if (undo.size() > limit) {
            Command dropped = undo.removeLast();
            if (savedTop == dropped) {
                savedTop = CLEAN_START; // the saved state is now the bottom of the stack
            } else if (savedTop == CLEAN_START) {
                savedTop = new Object(); // the saved state fell off: it can never be reached again
            }
        }
        redo.clear();
        changed();
        return true;
    }

    public boolean undo() {
        guard();
        if (undo.isEmpty()) {
            return false;
        }
        Command command = undo.pop();
        run(command::undo);
        redo.push(command);
        changed();
        return true;
    }

    public boolean redo() {
        guard();
        if (redo.isEmpty()) {
            return false;
        }
        Command command = redo.pop();
        run(command::redo);
        undo.push(command);
        changed();
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }

    public boolean isDirty() {
        return top() != savedTop;
    }

    public void markSaved() {
        markSaved(savePoint());
    }

    /** A token for the current state, to mark as saved once a save of this state has finished. */
    public Object savePoint() {
        return top();
    }

    /** Marks the state of {@code savePoint} (taken earlier with {@link #savePoint()}) as saved. */
    public void markSaved(Object savePoint) {
        savedTop = savePoint;
        changed();
    }

    /** Grows by one on every execute, undo, redo and save. */
    public long revision() {
        return revision;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private Object top() {
        Command top = undo.peek();
        return top == null ? CLEAN_START : top;
    }

    private void guard() {
        if (busy) {
            throw new IllegalStateException("an edit cannot start while another edit is running");
        }
    }

    private void run(Runnable action) {
        busy = true;
        try {
            action.run();
        } finally {
            busy = false;
        }
    }

    private void changed() {
        revision++;
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
