package dev.continuum.app.workspace;

import dev.continuum.app.notebook.NotebookViewModel;
import dev.continuum.app.ui.BackgroundTasks;
import dev.continuum.ipynb.NotebookDocument;
import dev.continuum.ipynb.NotebookFormatException;
import dev.continuum.ipynb.NotebookPreview;
import dev.continuum.ipynb.Problem;
import dev.continuum.ipynb.TrustStore;
import dev.continuum.notebook.Notebook;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's state: open notebooks (tabs), the selected one, recent files, and notices for
 * dialogs. Opening reads, validates and checks trust in the background.
 */
public final class WorkspaceViewModel {

    private final BackgroundTasks tasks;
    private final TrustStore trust;
    private final RecentFiles recent;
    private final ObservableList<NotebookViewModel> notebooks = FXCollections.observableArrayList();
    private final ObjectProperty<NotebookViewModel> selected = new SimpleObjectProperty<>();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    /** Files being opened, with the preview shown for each meanwhile (if any yet). */
    private final Map<Path, Optional<NotebookViewModel>> loading = new HashMap<>();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper("Continuum");

    public WorkspaceViewModel(BackgroundTasks tasks, TrustStore trust, RecentFiles recent) {
        this.tasks = tasks;
        this.trust = trust;
        this.recent = recent;
        selected.addListener((obs, old, now) -> updateTitle());
        tasks.run(recent::load, recentFiles::setAll, error -> { });
    }

    public ObservableList<NotebookViewModel> notebooks() {
        return notebooks;
    }

    public ObjectProperty<NotebookViewModel> selectedProperty() {
        return selected;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** The latest notice; the window shows each new one in a dialog. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** Opens a notebook in a new tab, or selects its tab when it is open already. */
    public void open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Optional<NotebookViewModel> open = notebooks.stream()
                .filter(nb -> nb.document().path().map(p -> p.toAbsolutePath().normalize().equals(absolute)).orElse(false))
                .findFirst();
        if (open.isPresent()) {
            selected.set(open.get());
            return;
        }
        if (loading.containsKey(absolute)) {
            return;
        }
        loading.put(absolute, Optional.empty());
        Optional<NotebookPrefetch.Reading> ahead = NotebookPrefetch.take(absolute);
        tasks.run(() -> {
            NotebookDocument document = ahead.isPresent() ? join(ahead.get().document()) : NotebookDocument.open(absolute);
            boolean trusted = trust.isTrusted(document.notebook());
            List<Path> recents = recent.add(absolute);
            return new Opened(document, trusted, recents);
        }, this::opened, error -> {
            Optional.ofNullable(loading.remove(absolute)).flatMap(preview -> preview).ifPresent(this::close);
            notice.set(openError(absolute, error));
        });
        // Meanwhile the top of the file, so a big notebook shows its first cells at once; when it
        // was read ahead while the app started, at once (the window's first layout includes it).
        if (ahead.isPresent() && ahead.get().preview().isDone() && !ahead.get().preview().isCompletedExceptionally()) {
            ahead.get().preview().join().ifPresent(cells -> showPreview(absolute, cells));
            return;
        }
        tasks.run(() -> ahead.isPresent() ? join(ahead.get().preview()) : preview(absolute),
                firstCells -> firstCells.ifPresent(cells -> showPreview(absolute, cells)), error -> { });
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** How many cells a preview shows: more than fit on a screen. */
    static final int PREVIEW_CELLS = 40;

    /** Smaller files are read whole about as fast: a preview would only flash by. */
    static final long PREVIEW_MIN_BYTES = 4L << 20;

    /** The first cells of a big file, read without the rest; none for a small one. */
    static Optional<Notebook> preview(Path file) throws java.io.IOException {
        return java.nio.file.Files.size(file) < PREVIEW_MIN_BYTES ? Optional.empty() : NotebookPreview.firstCells(file, PREVIEW_CELLS);
    }

    private record Opened(NotebookDocument document, boolean trusted, List<Path> recents) {
    }

    private void showPreview(Path file, Notebook firstCells) {
        if (loading.containsKey(file) && loading.get(file).isEmpty()) {
            NotebookViewModel preview = new NotebookViewModel(NotebookDocument.preview(file, firstCells), false, tasks);
            loading.put(file, Optional.of(preview));
            add(preview);
        }
    }

    private void opened(Opened opened) {
        Path file = opened.document().path().orElseThrow();
        Optional<NotebookViewModel> preview = Optional.ofNullable(loading.remove(file)).flatMap(p -> p);
        NotebookViewModel notebook = new NotebookViewModel(opened.document(), opened.trusted(), tasks);
        if (preview.isPresent()) {
            int index = notebooks.indexOf(preview.get());
            if (index < 0) {
                return; // the user closed the tab while it was loading
            }
            notebooks.set(index, notebook);
            preview.get().shutdown();
            notebook.titleProperty().addListener((obs, old, now) -> updateTitle());
            if (selected.get() == preview.get() || selected.get() == null) {
                selected.set(notebook);
            }
            updateTitle();
        } else {
            add(notebook);
        }
        recentFiles.setAll(opened.recents());
        List<Problem> problems = new ArrayList<>(opened.document().problems());
        problems.addAll(opened.document().repairs());
        if (!problems.isEmpty()) {
            Path path = opened.document().path().orElseThrow();
            notice.set(new Notice(Notice.Kind.WARNING, "Format problems in " + path.getFileName(),
                    path + " opened, but it breaks the notebook format (Jupyter opens it too):\n"
                            + problems.stream().limit(8).map(Problem::describe).collect(Collectors.joining("\n"))
                            + (problems.size() > 8 ? "\n… and " + (problems.size() - 8) + " more" : "")));
        }
    }

    private static Notice openError(Path file, Throwable error) {
        String why;
        if (error instanceof NotebookFormatException format) {
            why = format.problems().stream().map(Problem::describe).map(s -> s.replace(" (in " + file + ")", ""))
                    .collect(Collectors.joining("\n"));
        } else if (error instanceof NoSuchFileException) {
            why = "no such file";
        } else {
            why = String.valueOf(error.getMessage());
        }
        return new Notice(Notice.Kind.ERROR, "Cannot open " + file.getFileName(), file + " cannot be opened as a notebook:\n" + why);
    }

    /** A new, empty notebook in a tab; it gets a file with Save As. */
    public void newNotebook() {
        Notebook notebook = Notebook.empty();
        add(new NotebookViewModel(NotebookDocument.untitled(notebook), true, tasks));
    }

    private void add(NotebookViewModel notebook) {
        notebooks.add(notebook);
        notebook.titleProperty().addListener((obs, old, now) -> updateTitle());
        selected.set(notebook);
    }

    /** True when closing loses unsaved work, so the window asks first. */
    public boolean needsConfirmationToClose(NotebookViewModel notebook) {
        return notebook.dirtyProperty().get();
    }

    public void close(NotebookViewModel notebook) {
        int index = notebooks.indexOf(notebook);
        notebooks.remove(notebook);
        notebook.shutdown();
        if (selected.get() == notebook) {
            selected.set(notebooks.isEmpty() ? null : notebooks.get(Math.min(index, notebooks.size() - 1)));
        }
        updateTitle();
    }

    /** Shuts down every notebook's kernels (the app quits). */
    public void shutdown() {
        notebooks.forEach(NotebookViewModel::shutdown);
    }

    public List<NotebookViewModel> unsaved() {
        return notebooks.stream().filter(nb -> nb.dirtyProperty().get()).toList();
    }

    private void updateTitle() {
        NotebookViewModel current = selected.get();
        windowTitle.set(current == null ? "Continuum" : current.titleProperty().get() + " — Continuum");
    }
}
