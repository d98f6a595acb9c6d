package dev.continuum.ipynb;

import java.io.IOException;
import java.nio.file.Path;

/** Refusal to save over a file someone else changed after we read it. Saving with force overrides. */
public class FileChangedOnDiskException extends IOException {

    private final transient Path file;

    public FileChangedOnDiskException(Path file) {
        super(file + " changed on disk since it was opened; reload it, or save with force to overwrite the other change");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
