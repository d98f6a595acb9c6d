package dev.continuum.app.notebook;

import dev.continuum.notebook.Cell;
import dev.continuum.notebook.CellState;
import dev.continuum.notebook.CellCode;
import dev.continuum.notebook.CellType;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One cell as the notebook view shows it: the model cell's current content, and whether it is
 * selected, the active one, or being edited. The view re-renders a cell when {@link #stateProperty()}
 * changes; it never changes the cell itself.
 */
public final class CellViewModel {

    private final Cell cell;
    private final ReadOnlyObjectWrapper<CellState> state;
    private final BooleanProperty selected = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<RunState> runState = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    private final ReadOnlyObjectWrapper<java.time.Duration> lastRunTime = new ReadOnlyObjectWrapper<>();

    CellViewModel(Cell cell) {
        this.cell = cell;
        this.state = new ReadOnlyObjectWrapper<>(cell.state());
    }

    public Cell cell() {
        return cell;
    }

    public ReadOnlyObjectProperty<CellState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public CellState state() {
        return state.get();
    }

    void refresh() {
        state.set(cell.state());
    }

    public ReadOnlyBooleanProperty selectedProperty() {
        return selected;
    }

    void setSelected(boolean value) {
        selected.set(value);
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    void setActive(boolean value) {
        active.set(value);
    }

    /** True while the user types into this cell (edit mode on the active cell). */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    void setEditing(boolean value) {
        editing.set(value);
    }

    /** Whether the cell waits to run or runs now; the view shows {@code [*]} and a busy marker. */
    public ReadOnlyObjectProperty<RunState> runStateProperty() {
        return runState.getReadOnlyProperty();
    }

    void setRunState(RunState value) {
        runState.set(value);
    }

    /** How long the cell's last run in this window took (null before one); not saved in the file. */
    public ReadOnlyObjectProperty<java.time.Duration> lastRunTimeProperty() {
        return lastRunTime.getReadOnlyProperty();
    }

    void setLastRunTime(java.time.Duration value) {
        lastRunTime.set(value);
    }

    /** JupyterLab's prompt: {@code [3]:} after a run, {@code [*]:} while queued or running, {@code [ ]:} before. */
    public String prompt() {
        if (state().type() != CellType.CODE) {
            return "";
        }
        if (runState.get() != RunState.IDLE) {
            return "[*]:";
        }
        return state().executionCount() == null ? "[ ]:" : "[" + state().executionCount() + "]:";
    }

    /** The language the editor highlights: see {@link CellCode}. */
    public String language(String notebookLanguage) {
        return CellCode.of(state(), notebookLanguage).language();
    }
}
