package dev.continuum.app.notebook;

import dev.continuum.app.ui.BackgroundTasks;
import dev.continuum.ipynb.FileChangedOnDiskException;
import dev.continuum.ipynb.NotebookDocument;
import dev.continuum.ipynb.Problem;
import dev.continuum.notebook.Cell;
import dev.continuum.notebook.CellState;
import dev.continuum.launchers.run.KernelProvider;
import dev.continuum.launchers.run.Kernels;
import dev.continuum.notebook.CellCode;
import dev.continuum.notebook.CellType;
import dev.continuum.notebook.Command;
import dev.continuum.notebook.Edits;
import dev.continuum.notebook.Notebook;
import dev.continuum.notebook.NotebookChange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One open notebook as its tab shows it: cells, selection, command/edit mode, the JupyterLab
 * commands, saving. Every edit goes through the model's undoable commands; file work runs in the
 * background. Imports no controls, so it is tested without a display.
 */
public final class NotebookViewModel {

    private NotebookDocument document;
    private final BackgroundTasks tasks;
    private final NotebookKernels kernels;
    private final boolean trusted;
    private final ObservableList<CellViewModel> cells = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.COMMAND);
    private final ReadOnlyIntegerWrapper activeIndex = new ReadOnlyIntegerWrapper(-1);
    private int anchorIndex = -1;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper activeEnvironment = new ReadOnlyStringWrapper("local");
    private final ReadOnlyObjectWrapper<String> defaultEnvironment = new ReadOnlyObjectWrapper<>();
    private final Map<Cell, String> pendingSources = new LinkedHashMap<>();
    private final NotebookKeymap keymap = new NotebookKeymap(this);
    private final NotebookSearch search = new NotebookSearch(this);
    private List<CellState> clipboard = List.of();
    private final dev.continuum.notebook.NotebookListener changeListener = this::onChange;
    private final Runnable historyListener = this::refreshDirty;

    /** A notebook whose cells run on this machine's kernels (see {@link Kernels#forNotebook}). */
    public NotebookViewModel(NotebookDocument document, boolean trusted, BackgroundTasks tasks) {
        this(document, trusted, tasks, Kernels.forNotebook(document.notebook().metadata(), java.util.Optional.empty(),
                document.path().map(p -> p.toAbsolutePath().getParent()).orElse(java.nio.file.Path.of("").toAbsolutePath())));
    }

    public NotebookViewModel(NotebookDocument document, boolean trusted, BackgroundTasks tasks, KernelProvider kernelProvider) {
        this.tasks = tasks;
        this.trusted = trusted;
        this.kernels = new NotebookKernels(this, kernelProvider, tasks.ui());
        attach(document);
        if (!document.problems().isEmpty() || !document.repairs().isEmpty()) {
            List<Problem> all = new ArrayList<>(document.problems());
            all.addAll(document.repairs());
            message.set(all.size() + " format problem(s); first: " + all.get(0).describe());
        }
    }

    private void attach(NotebookDocument opened) {
        this.document = opened;
        Notebook notebook = opened.notebook();
        cells.clear();
        notebook.cells().forEach(cell -> cells.add(new CellViewModel(cell)));
        notebook.addListener(changeListener);
        notebook.history().addListener(historyListener);
        pendingSources.clear();
        setActive(cells.isEmpty() ? -1 : 0, false);
        refreshDirty();
    }

    // ---- what the view binds to -------------------------------------------------------------

    public ObservableList<CellViewModel> cells() {
        return cells;
    }

    public Notebook notebook() {
        return document.notebook();
    }

    public NotebookDocument document() {
        return document;
    }

    /**
     * True while only the first cells of a big file are shown and the rest is still being read:
     * nothing can be edited or saved until the whole notebook replaces this one.
     */
    public boolean isPreview() {
        return document.isPreview();
    }

    public boolean isTrusted() {
        return trusted;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty activeIndexProperty() {
        return activeIndex.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The tab's title: the file name, with a dot while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The latest thing worth telling the user (a failed save, format problems, ...). */
    void showMessage(String text) {
        message.set(text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String fileName() {
        return document.path().map(p -> p.getFileName().toString()).orElse("Untitled.ipynb");
    }

    /** The notebook's language from its kernelspec, for highlighting ("python" when unknown). */
    public String notebookLanguage() {
        return CellCode.notebookLanguage(notebook().metadata());
    }

    public List<CellViewModel> selectedCells() {
        if (activeIndex.get() < 0) {
            return List.of();
        }
        int from = Math.min(anchorIndex, activeIndex.get());
        int to = Math.max(anchorIndex, activeIndex.get());
        return List.copyOf(cells.subList(from, to + 1));
    }

    public Optional<CellViewModel> activeCell() {
        int index = activeIndex.get();
        return index >= 0 && index < cells.size() ? Optional.of(cells.get(index)) : Optional.empty();
    }

    /** Keys from the view; true when the notebook used the key (the view then consumes it). */
    public boolean handleKey(KeyStroke key) {
        return !isPreview() && keymap.handle(key);
    }

    // ---- selection and modes ----------------------------------------------------------------

    public void select(int index) {
        setActive(index, false);
    }

    public void extendSelectionTo(int index) {
        setActive(index, true);
    }

    void moveSelection(int delta, boolean extend) {
        if (!cells.isEmpty()) {
            setActive(Math.max(0, Math.min(cells.size() - 1, activeIndex.get() + delta)), extend);
        }
    }

    private void setActive(int index, boolean extend) {
        if (index >= cells.size()) {
            index = cells.size() - 1;
        }
        activeIndex.set(index);
        if (!extend || anchorIndex < 0 || anchorIndex >= cells.size()) {
            anchorIndex = index;
        }
        refreshEnvironments();
        List<CellViewModel> selected = selectedCells();
        for (int i = 0; i < cells.size(); i++) {
            CellViewModel cell = cells.get(i);
            cell.setActive(i == index);
            cell.setSelected(selected.contains(cell));
            cell.setEditing(i == index && mode.get() == Mode.EDIT);
        }
    }

    public void enterEditMode() {
        if (activeCell().isPresent() && activeCell().get().state().type() != CellType.UNRECOGNIZED) {
            mode.set(Mode.EDIT);
            setActive(activeIndex.get(), false);
        }
    }

    public void enterCommandMode() {
        commitEdits();
        mode.set(Mode.COMMAND);
        setActive(activeIndex.get(), true);
    }

    // ---- editing ----------------------------------------------------------------------------

    /**
     * The editor's text as the user types. It becomes one undoable edit when the user leaves the
     * cell, runs it, saves, or does a cell command, as JupyterLab keeps typing in the editor's own undo.
     */
    public void sourceTyped(CellViewModel cell, String text) {
        if (text.equals(cell.cell().source())) {
            pendingSources.remove(cell.cell());
        } else {
            pendingSources.put(cell.cell(), text);
        }
        refreshDirty();
    }

    /** The text the cell's editor shows: what was typed and not yet committed, else the cell's source. */
    public String editorText(CellViewModel cell) {
        return pendingSources.getOrDefault(cell.cell(), cell.state().source());
    }

    /** Records typed text as undoable edits. */
    public void commitEdits() {
        if (pendingSources.isEmpty()) {
            return;
        }
        Map<Cell, String> edits = new LinkedHashMap<>(pendingSources);
        pendingSources.clear();
        edits.forEach((cell, text) -> {
            if (notebook().indexOf(cell) >= 0) {
                notebook().apply(Edits.editSource(notebook(), cell, text));
            }
        });
        refreshDirty();
    }

    /** Runs a cell command: typed text is committed first so undo steps come in the right order. */
    boolean apply(Command command) {
        commitEdits();
        boolean done = notebook().apply(command);
        refreshDirty();
        return done;
    }

    public void insertCell(boolean below, CellType type) {
        int index = cells.isEmpty() ? 0 : activeIndex.get() + (below ? 1 : 0);
        if (apply(Edits.insertNew(notebook(), index, type))) {
            setActive(index, false);
        }
    }

    public void deleteSelected() {
        List<CellViewModel> selected = selectedCells();
        int first = cells.indexOf(selected.isEmpty() ? null : selected.get(0));
        if (apply(Edits.delete(notebook(), selected.stream().map(CellViewModel::cell).toList()))) {
            setActive(Math.min(first, cells.size() - 1), false);
        }
    }

    public void changeType(CellType type) {
        apply(Edits.changeType(notebook(), selected(), type));
    }

    /** Shift-M: merges the selection, or the active cell with the one below, as JupyterLab does. */
    public void mergeSelected() {
        List<Cell> selected = selected();
        if (selected.size() == 1 && activeIndex.get() + 1 < cells.size()) {
            selected = List.of(selected.get(0), cells.get(activeIndex.get() + 1).cell());
        }
        int first = notebook().indexOf(selected.get(0));
        if (apply(Edits.merge(notebook(), selected))) {
            setActive(first, false);
        }
    }

    /** Ctrl-Shift-Minus: splits the active cell at the editor's caret. */
    public void splitActiveCell(int caretOffset) {
        activeCell().ifPresent(cell -> {
            commitEdits();
            if (apply(Edits.split(notebook(), cell.cell(), caretOffset))) {
                setActive(activeIndex.get() + 1, false);
            }
        });
    }

    public void moveSelected(int delta) {
        List<CellViewModel> selected = selectedCells();
        if (selected.size() != 1) {
            return;
        }
        int target = activeIndex.get() + delta;
        if (apply(Edits.move(notebook(), selected.get(0).cell(), target))) {
            setActive(target, false);
        }
    }

    public void clearOutputs() {
        apply(Edits.clearOutputs(notebook(), selected()));
    }

    public void copySelected() {
        clipboard = selected().stream().map(Cell::state).toList();
    }

    public void cutSelected() {
        copySelected();
        deleteSelected();
    }

    /** Pastes copied cells below the active one, with fresh ids (a notebook's ids are unique). */
    public void pasteBelow() {
        if (clipboard.isEmpty()) {
            return;
        }
        List<CellState> fresh = clipboard.stream().map(state -> state.withId(notebook().newCellId())).toList();
        int index = cells.isEmpty() ? 0 : activeIndex.get() + 1;
        if (apply(Edits.insert(notebook(), index, fresh))) {
            setActive(index + fresh.size() - 1, false);
        }
    }

    public void undo() {
        commitEdits();
        notebook().history().undo();
        setActive(activeIndex.get(), false);
    }

    public void redo() {
        commitEdits();
        notebook().history().redo();
        setActive(activeIndex.get(), false);
    }

    /**
     * Shift-Enter (run, then select the next cell, adding one at the end), Ctrl-Enter (run, stay),
     * Alt-Enter (run, insert a cell below), as JupyterLab: the selected cells run (markdown renders).
     */
    public void runActive(boolean advance, boolean insertBelow) {
        if (isPreview()) {
            return;
        }
        enterCommandMode();
        kernels.run(selectedCells());
        if (insertBelow) {
            insertCell(true, CellType.CODE);
            enterEditMode();
        } else if (advance) {
            if (activeIndex.get() == cells.size() - 1) {
                insertCell(true, CellType.CODE);
            } else {
                moveSelection(1, false);
            }
        }
    }

    /** Runs every code cell, top to bottom. */
    public void runAll() {
        runRange(0, cells.size());
    }

    /** Runs the cells above the active one. */
    public void runAbove() {
        runRange(0, Math.max(0, activeIndex.get()));
    }

    /** Runs the active cell and every cell below it. */
    public void runBelow() {
        runRange(Math.max(0, activeIndex.get()), cells.size());
    }

    private void runRange(int from, int to) {
        if (isPreview()) {
            return;
        }
        commitEdits();
        kernels.run(List.copyOf(cells.subList(from, to)));
    }

    /** Stops the running cell and the cells queued after it; the kernels keep their variables. */
    public void interrupt() {
        kernels.interrupt();
    }

    /** Restarts the notebook's kernels: every variable is gone. */
    public void restartKernels() {
        kernels.restart().whenComplete((done, error) -> tasks.ui().execute(() ->
                message.set(error == null ? "Kernels restarted" : "Restart failed: " + error.getMessage())));
    }

    /** The notebook's running code: queue, kernel state, input requests. */
    public NotebookKernels kernels() {
        return kernels;
    }

    /** Shuts the notebook's kernels down (its tab closes). */
    public void shutdown() {
        kernels.close();
    }

    // ---- environments: names only, resolved on each machine ----------------------------------

    /** Places the selected cells on {@code environment} (null: back to the notebook default), undoably. */
    public void setEnvironment(String environment) {
        List<Cell> chosen = selected().stream()
                .filter(c -> !java.util.Objects.equals(c.environment().orElse(null), environment)).toList();
        if (!chosen.isEmpty()) {
            apply(Edits.setEnvironment(notebook(), chosen, environment));
        }
    }

    /** Sets (null: clears, so cells run locally) the notebook's default environment, undoably. */
    public void setDefaultEnvironment(String environment) {
        if (!java.util.Objects.equals(notebook().defaultEnvironment().orElse(null), environment)) {
            apply(Edits.setDefaultEnvironment(notebook(), environment));
        }
    }

    /** Where the active cell runs: its own environment, else the notebook default, else {@code local}. */
    public ReadOnlyStringProperty activeEnvironmentProperty() {
        return activeEnvironment.getReadOnlyProperty();
    }

    /** The notebook's default environment name, or null when it has none. */
    public ReadOnlyObjectProperty<String> defaultEnvironmentProperty() {
        return defaultEnvironment.getReadOnlyProperty();
    }

    /**
     * Every environment name the notebook uses, default first. The notebook keeps names this
     * machine cannot resolve: a colleague's machine may know them.
     */
    public List<String> environmentsUsed() {
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        notebook().defaultEnvironment().ifPresent(used::add);
        notebook().cells().forEach(c -> c.environment().ifPresent(used::add));
        return List.copyOf(used);
    }

    /**
     * Tells the user (in the status message) about a name this machine cannot resolve, and changes
     * nothing in the notebook; true when there is one.
     */
    public boolean reportUnknownEnvironments(dev.continuum.app.environments.EnvironmentChoices choices) {
        Optional<String> unknown = environmentsUsed().stream().filter(n -> !choices.isKnown(n)).findFirst();
        unknown.ifPresent(name -> message.set(choices.unknownMessage(name)));
        return unknown.isPresent();
    }

    private void refreshEnvironments() {
        defaultEnvironment.set(notebook().defaultEnvironment().orElse(null));
        activeEnvironment.set(activeCell().flatMap(c -> notebook().environmentOf(c.cell()))
                .or(() -> notebook().defaultEnvironment()).orElse("local"));
    }

    // ---- find and replace across the notebook ------------------------------------------------

    /** Selects the next cell containing {@code query}; see {@link NotebookSearch#findNext}. */
    public int findNext(String query, boolean caseSensitive) {
        return search.findNext(query, caseSensitive);
    }

    /** Replaces every occurrence in every cell as one undoable edit; see {@link NotebookSearch#replaceAll}. */
    public int replaceAll(String query, String replacement, boolean caseSensitive) {
        return search.replaceAll(query, replacement, caseSensitive);
    }

    private List<Cell> selected() {
        return selectedCells().stream().map(CellViewModel::cell).toList();
    }

    // ---- saving -----------------------------------------------------------------------------

    public void save() {
        save(false);
    }

    /** Saves in the background; a file changed on disk is not overwritten unless {@code force}. */
    public void save(boolean force) {
        startSave(null, force);
    }

    public void saveAs(Path target) {
        startSave(target, true);
    }

    private void startSave(Path target, boolean force) {
        commitEdits();
        NotebookDocument.PreparedSave prepared;
        try {
            prepared = document.prepareSave(target);
        } catch (IOException | IllegalStateException e) {
            saveState.set(SaveState.FAILED);
            message.set("Cannot save " + fileName() + ": " + e.getMessage());
            return;
        }
        saveState.set(SaveState.SAVING);
        NotebookDocument saving = document;
        tasks.run(() -> NotebookDocument.write(prepared, force), written -> {
            saving.finishSave(prepared, written);
            saveState.set(SaveState.SAVED);
            message.set("Saved " + prepared.target());
            refreshDirty();
        }, error -> {
            if (error instanceof FileChangedOnDiskException) {
                saveState.set(SaveState.CHANGED_ON_DISK);
                message.set(fileName() + " changed on disk since it was opened: reload it, or save again to overwrite");
            } else {
                saveState.set(SaveState.FAILED);
                message.set("Cannot save " + prepared.target() + ": " + error.getMessage());
            }
        });
    }

    /** Drops unsaved changes and reads the file again (also: reload after a change on disk). */
    public void revert() {
        Optional<Path> path = document.path();
        if (path.isEmpty()) {
            return;
        }
        tasks.run(() -> NotebookDocument.open(path.get()), reopened -> {
            document.notebook().removeListener(changeListener);
            document.notebook().history().removeListener(historyListener);
            saveState.set(SaveState.SAVED);
            attach(reopened);
            message.set("Reloaded " + path.get());
        }, error -> message.set("Cannot reload " + path.get() + ": " + error.getMessage()));
    }

    /** Asks (in the background) whether someone else changed the file; the status shows it. */
    public void checkDisk() {
        NotebookDocument checked = document;
        tasks.run(checked::changedOnDisk, changed -> {
            if (changed && checked == document && saveState.get() != SaveState.SAVING) {
                saveState.set(SaveState.CHANGED_ON_DISK);
            }
        }, error -> { });
    }

    /** Keeps unsaved work in the side file, off the UI thread. */
    public void autosave() {
        if (!dirty.get() || document.path().isEmpty()) {
            return;
        }
        commitEdits();
        try {
            byte[] bytes = document.prepareSave(null).bytes();
            Path file = document.path().get();
            tasks.run(() -> {
                dev.continuum.ipynb.Autosave.write(file, bytes);
                return null;
            }, done -> { }, error -> message.set("Autosave failed: " + error.getMessage()));
        } catch (IOException e) {
            message.set("Autosave failed: " + e.getMessage());
        }
    }

    // ---- keeping the view's list in step with the model -------------------------------------

    private void onChange(NotebookChange change) {
        switch (change) {
            case NotebookChange.CellsInserted inserted -> cells.addAll(inserted.index(),
                    inserted.cells().stream().map(CellViewModel::new).toList());
            case NotebookChange.CellsRemoved removed -> cells.remove(removed.index(), removed.index() + removed.cells().size());
            case NotebookChange.CellMoved moved -> cells.add(moved.to(), cells.remove(moved.from()));
            case NotebookChange.CellUpdated updated -> cells.stream().filter(c -> c.cell() == updated.cell())
                    .findFirst().ifPresent(CellViewModel::refresh);
            case NotebookChange.MetadataChanged ignored -> { }
        }
        refreshDirty(); // also changes outside the history, such as new outputs
        refreshEnvironments();
    }

    private void refreshDirty() {
        boolean isDirty = notebook().isDirty() || !pendingSources.isEmpty();
        dirty.set(isDirty);
        title.set(fileName() + (isPreview() ? " (loading…)" : isDirty ? " •" : ""));
        if (saveState.get() != SaveState.SAVING && saveState.get() != SaveState.CHANGED_ON_DISK) {
            saveState.set(isDirty ? SaveState.UNSAVED : SaveState.SAVED);
        }
    }

    Mode mode() {
        return mode.get();
    }
}
