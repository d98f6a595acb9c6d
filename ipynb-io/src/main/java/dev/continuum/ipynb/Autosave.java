package dev.continuum.ipynb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * Unsaved work kept in a side file, so a crash loses at most the last few seconds. The side file
 * lives in the notebook's {@code .ipynb_checkpoints} folder (which JupyterLab users already ignore
 * in git) as {@code <name>-continuum-autosave.ipynb}; it is deleted on every successful save.
 */
public final class Autosave {

    public static final String FOLDER = ".ipynb_checkpoints";

    /** An autosave newer than the notebook, holding something else than the notebook. */
    public record Recovery(Path autosave, FileTime saved) {
    }

    private Autosave() {
    }

    public static Path sideFile(Path notebook) {
        Path file = notebook.toAbsolutePath();
        String name = file.getFileName().toString();
        String stem = name.endsWith(".ipynb") ? name.substring(0, name.length() - ".ipynb".length()) : name;
        return file.getParent().resolve(FOLDER).resolve(stem + "-continuum-autosave.ipynb");
    }

    public static void write(Path notebook, byte[] bytes) throws IOException {
        Path side = sideFile(notebook);
        Files.createDirectories(side.getParent());
        AtomicFiles.write(side, bytes);
    }

    /** The autosave to offer on opening, if it differs from the notebook and is not older. */
    public static Optional<Recovery> find(Path notebook, byte[] notebookBytes) throws IOException {
        Path side = sideFile(notebook);
        if (!Files.isRegularFile(side)) {
            return Optional.empty();
        }
        FileTime saved = Files.getLastModifiedTime(side);
        if (Files.exists(notebook) && saved.compareTo(Files.getLastModifiedTime(notebook)) < 0) {
            return Optional.empty();
        }
        if (Arrays.equals(Files.readAllBytes(side), notebookBytes)) {
            return Optional.empty();
        }
        return Optional.of(new Recovery(side, saved));
    }

    public static void discard(Path notebook) throws IOException {
        Files.deleteIfExists(sideFile(notebook));
    }
}
