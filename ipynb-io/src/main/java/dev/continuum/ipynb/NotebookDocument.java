package dev.continuum.ipynb;

import dev.continuum.notebook.Notebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A notebook bound to its file: opened, saved atomically, never written over a change someone else
 * made on disk (unless forced), autosaved to a side file and recovered from it. A failed save
 * leaves the file as it was.
 */
public final class NotebookDocument {

    private Path path;
    private Notebook notebook;
    private DiskSnapshot snapshot;
    private final ReadResult readResult;
    private final List<Problem> problems;
    private final Optional<Autosave.Recovery> recovery;
    private final boolean preview;

    private NotebookDocument(Path path, ReadResult readResult, List<Problem> problems, DiskSnapshot snapshot,
            Optional<Autosave.Recovery> recovery) {
        this(path, readResult, problems, snapshot, recovery, false);
    }

    private NotebookDocument(Path path, ReadResult readResult, List<Problem> problems, DiskSnapshot snapshot,
            Optional<Autosave.Recovery> recovery, boolean preview) {
        this.preview = preview;
        this.path = path;
        this.readResult = readResult;
        this.problems = List.copyOf(problems);
        this.notebook = readResult.notebook();
        this.snapshot = snapshot;
        this.recovery = recovery;
    }

    public static NotebookDocument open(Path path) throws IOException {
        return open(path, NotebookReader.Options.DEFAULT);
    }

    /** Reads the file; {@link NotebookFormatException} names what is wrong when it is no notebook. */
    public static NotebookDocument open(Path path, NotebookReader.Options options) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        DiskSnapshot snapshot = DiskSnapshot.of(path, bytes);
        NotebookReader.ValidatedRead read;
        try {
            read = NotebookReader.readAndValidate(bytes, options);
        } catch (NotebookFormatException e) {
            throw new NotebookFormatException(e.problems().stream()
                    .map(p -> new Problem(p.severity(), p.cellIndex(), p.cellId(), p.path(), p.message() + " (in " + path + ")"))
                    .toList());
        }
        AtomicFiles.removeAbandonedTemporaries(path);
        return new NotebookDocument(path, read.result(), read.problems(), snapshot, Autosave.find(path, bytes));
    }

    /** A new notebook that has no file yet; the first save needs {@link #saveAs}. */
    public static NotebookDocument untitled(Notebook notebook) {
        return new NotebookDocument(null, new ReadResult(notebook, notebook.format(), List.of()), List.of(), null, Optional.empty());
    }

    /**
     * The first cells of {@code path}, shown while the whole file is read (see
     * {@link NotebookPreview}); it can never be saved, so a partial notebook never overwrites a file.
     */
    public static NotebookDocument preview(Path path, Notebook firstCells) {
        return new NotebookDocument(path, new ReadResult(firstCells, firstCells.format(), List.of()), List.of(), null,
                Optional.empty(), true);
    }

    /** True for a {@link #preview}. */
    public boolean isPreview() {
        return preview;
    }

    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    public Notebook notebook() {
        return notebook;
    }

    /** What was repaired while reading (missing or duplicate cell ids, missing fields). */
    public List<Problem> repairs() {
        return readResult.repairs();
    }

    /** What {@code continuum validate} says of the file as it was opened (Jupyter opens such files too). */
    public List<Problem> problems() {
        return problems;
    }

    public ReadResult readResult() {
        return readResult;
    }

    /** Unsaved work an autosave holds from an earlier session, if any. */
    public Optional<Autosave.Recovery> recovery() {
        return recovery;
    }

    /** Replaces the notebook with the autosaved one; it is dirty until saved. */
    public Notebook recover() throws IOException {
        Autosave.Recovery found = recovery.orElseThrow(() -> new IllegalStateException("nothing to recover"));
        Notebook recovered = NotebookReader.read(Files.readAllBytes(found.autosave())).notebook();
        recovered.markModified();
        notebook = recovered;
        return recovered;
    }

    /** True when the file changed on disk since it was opened or last saved here. */
    public boolean changedOnDisk() throws IOException {
        return path != null && snapshot != null && snapshot.differsFrom(path);
    }

    public void save() throws IOException {
        save(false);
    }

    /**
     * Writes the notebook atomically. Without {@code force}, refuses with
     * {@link FileChangedOnDiskException} when someone else changed the file since it was read.
     */
    public void save(boolean force) throws IOException {
        if (path == null) {
            throw new IllegalStateException("an untitled notebook is saved with saveAs");
        }
        PreparedSave prepared = prepareSave(path);
        finishSave(prepared, write(prepared, force));
    }

    /** Saves to another file, which becomes this document's file. */
    public void saveAs(Path target) throws IOException {
        writeTo(Objects.requireNonNull(target, "target"));
    }

    /** Writes unsaved work to the side file; nothing happens when there is none. */
    public void autosave() throws IOException {
        if (path != null && notebook.isDirty()) {
            Autosave.write(path, NotebookWriter.toBytes(notebook));
        }
    }

    /** Reads the file again, dropping unsaved changes. */
    public Notebook reload() throws IOException {
        NotebookDocument fresh = open(path);
        notebook = fresh.notebook;
        snapshot = fresh.snapshot;
        return notebook;
    }

    private void writeTo(Path target) throws IOException {
        PreparedSave prepared = prepareSave(target);
        finishSave(prepared, write(prepared, true));
    }

    /**
     * A save split for a UI: {@link #prepareSave} takes the bytes and the save point where the
     * notebook is edited (the UI thread), {@link #write} does the file work on any thread, and
     * {@link #finishSave} records the result back where the notebook lives. Edits made while the
     * file was written stay unsaved.
     */
    public record PreparedSave(Path target, byte[] bytes, Notebook.SavePoint savePoint, DiskSnapshot expected) {
    }

    public PreparedSave prepareSave(Path target) throws IOException {
        if (preview) {
            throw new IllegalStateException("the notebook is still being read; a preview of its first cells cannot be saved");
        }
        Path file = target != null ? target : path;
        if (file == null) {
            throw new IllegalStateException("an untitled notebook is saved with saveAs");
        }
        DiskSnapshot expected = file.equals(path) ? snapshot : null;
        return new PreparedSave(file, NotebookWriter.toBytes(notebook), notebook.savePoint(), expected);
    }

    /** The file work of a save; refuses a file changed on disk since it was read unless forced. */
    public static DiskSnapshot write(PreparedSave save, boolean force) throws IOException {
        if (!force && save.expected() != null && save.expected().differsFrom(save.target())) {
            throw new FileChangedOnDiskException(save.target());
        }
        AtomicFiles.write(save.target(), save.bytes());
        DiskSnapshot written = DiskSnapshot.of(save.target(), save.bytes());
        Autosave.discard(save.target());
        return written;
    }

    public void finishSave(PreparedSave save, DiskSnapshot written) {
        path = save.target();
        snapshot = written;
        notebook.markSaved(save.savePoint());
    }
}
