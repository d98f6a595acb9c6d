package dev.continuum.ipynb;

import dev.continuum.notebook.FormatVersion;
import dev.continuum.notebook.Notebook;
import java.util.List;

/**
 * A notebook as read, the format version the file had, and what was repaired while reading (as
 * Jupyter repairs it: missing or duplicate cell ids).
 */
public record ReadResult(Notebook notebook, FormatVersion fileFormat, List<Problem> repairs) {

    public ReadResult {
        repairs = List.copyOf(repairs);
    }

    public boolean wasConverted() {
        return !fileFormat.equals(notebook.format());
    }
}
