package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A notebook in memory, in the shape nbformat gives it after reading (multi-line text joined).
 * User edits go through {@link #history()} as undoable {@link Command}s; results of running cells
 * ({@link #setOutputs}) are not undoable, as in Jupyter, but still make the notebook dirty.
 */
public final class Notebook {

    private final FormatVersion format;
    private JsonObject metadata;
    private final List<Cell> cells = new ArrayList<>();
    private final JsonObject extra;
    private final List<NotebookListener> listeners = new CopyOnWriteArrayList<>();
    private final EditHistory history = new EditHistory();
    private Supplier<String> idSupplier = CellIds.randomSupplier();
    private long changesOutsideHistory;
    private long changesOutsideHistoryAtSave;

    /**
     * @param extra top-level members the format does not define, kept verbatim
     */
    public Notebook(FormatVersion format, JsonObject metadata, List<CellState> cells, JsonObject extra) {
        this.format = Objects.requireNonNull(format, "format");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.extra = Objects.requireNonNull(extra, "extra");
        for (CellState state : cells) {
            this.cells.add(new Cell(state));
        }
    }

    /** An empty notebook of the current format. */
    public static Notebook empty() {
        return new Notebook(FormatVersion.CURRENT, JsonObject.EMPTY, List.of(), JsonObject.EMPTY);
    }

    public FormatVersion format() {
        return format;
    }

    public JsonObject metadata() {
        return metadata;
    }

    public JsonObject extra() {
        return extra;
    }

    public List<Cell> cells() {
        return Collections.unmodifiableList(cells);
    }

    public int size() {
        return cells.size();
    }

    public Cell cell(int index) {
        return cells.get(index);
    }

    /** Index of this very cell object, or -1. */
    public int indexOf(Cell cell) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) == cell) {
                return i;
            }
        }
        return -1;
    }

    /** The notebook's default environment, from {@code metadata.continuum.environment}. */
    public Optional<String> defaultEnvironment() {
        return Placement.environmentOf(metadata);
    }

    /** Where the cell runs: its own environment, else the notebook default. */
    public Optional<String> environmentOf(Cell cell) {
        return cell.environment().or(this::defaultEnvironment);
    }

    public EditHistory history() {
        return history;
    }

    /** Runs an edit through the history: the way user edits change a notebook. */
    public boolean apply(Command command) {
        return history.execute(command);
    }

    public boolean isDirty() {
        return changesOutsideHistory != changesOutsideHistoryAtSave || history.isDirty();
    }

    /**
     * The notebook's current state, to mark as saved when a save that started now has finished
     * (edits made while the file was being written stay unsaved).
     */
    public record SavePoint(Object historyPoint, long changesOutsideHistory) {
    }

    public SavePoint savePoint() {
        return new SavePoint(history.savePoint(), changesOutsideHistory);
    }

    public void markSaved(SavePoint point) {
        changesOutsideHistoryAtSave = point.changesOutsideHistory();
        history.markSaved(point.historyPoint());
    }

    /** Marks the notebook as differing from its file though no edit was made (recovered work). */
    public void markModified() {
        changesOutsideHistory++;
    }

    /** The notebook now equals what is on disk. */
    public void markSaved() {
        markSaved(savePoint());
    }

    public void addListener(NotebookListener listener) {
        listeners.add(listener);
    }

    public void removeListener(NotebookListener listener) {
        listeners.remove(listener);
    }

    /** Replaces a code cell's outputs with what a run produced. Not undoable, as in Jupyter. */
    public void setOutputs(Cell cell, List<Output> outputs, Integer executionCount) {
        requireMember(cell);
        if (cell.type() != CellType.CODE) {
            throw new IllegalArgumentException("only code cells have outputs: " + cell);
        }
        changesOutsideHistory++;
        update(cell, cell.state().withOutputs(outputs, executionCount));
    }

    /** Sets the source of ids for new cells (tests make them predictable). */
    public void setIdSupplier(Supplier<String> supplier) {
        this.idSupplier = Objects.requireNonNull(supplier, "supplier");
    }

    /** A fresh id unused in this notebook, or null when the format has no cell ids. */
    public String newCellId() {
        if (!format.hasCellIds()) {
            return null;
        }
        Set<String> used = new HashSet<>();
        for (Cell cell : cells) {
            cell.id().ifPresent(used::add);
        }
        String id;
        do {
            id = idSupplier.get();
        } while (used.contains(id));
        return id;
    }

    // Elementary changes, used by commands. Each one tells the listeners.

    void insert(int index, List<Cell> newCells) {
        cells.addAll(index, newCells);
        fire(new NotebookChange.CellsInserted(index, List.copyOf(newCells)));
    }

    void remove(int index, int count) {
        List<Cell> range = cells.subList(index, index + count);
        List<Cell> removed = List.copyOf(range);
        range.clear();
        fire(new NotebookChange.CellsRemoved(index, removed));
    }

    void move(int from, int to) {
        Cell cell = cells.remove(from);
        cells.add(to, cell);
        fire(new NotebookChange.CellMoved(cell, from, to));
    }

    void update(Cell cell, CellState after) {
        CellState before = cell.state();
        if (before.equals(after)) {
            return;
        }
        cell.setState(after);
        fire(new NotebookChange.CellUpdated(cell, before, after));
    }

    void setMetadata(JsonObject after) {
        JsonObject before = metadata;
        metadata = Objects.requireNonNull(after, "metadata");
        fire(new NotebookChange.MetadataChanged(before, after));
    }

    void requireMember(Cell cell) {
        if (indexOf(cell) < 0) {
            throw new IllegalArgumentException("cell is not in this notebook: " + cell);
        }
    }

    /**
     * A failing listener must not abort a change half-way (the notebook and its history would
     * disagree), so its exception goes to the thread's uncaught-exception handler instead.
     */
    private void fire(NotebookChange change) {
        for (NotebookListener listener : listeners) {
            try {
                listener.changed(change);
            } catch (RuntimeException e) {
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, e);
            }
        }
    }
}
