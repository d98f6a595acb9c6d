package dev.continuum.notebook;

/**
 * An undoable edit. It captures what it needs when it is built; {@link #isExecutable()} answers
 * "can I?" with the same code path that "do it" uses, so menus enable themselves by asking.
 */
public interface Command {

    boolean isExecutable();

    void execute();

    void undo();

    default void redo() {
        execute();
    }

    /** A short description for menus, such as "Delete 2 cells". */
    String description();
}
