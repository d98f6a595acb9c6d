package dev.continuum.ipynb;

import dev.continuum.notebook.Notebook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a notebook exactly as Jupyter's {@code nbformat.write} does, so a file saved here and the
 * same file saved by Jupyter are the same bytes: git and nbdime see only the user's own edits.
 */
public final class NotebookWriter {

    private NotebookWriter() {
    }

    public static void write(Notebook notebook, OutputStream out) throws IOException {
        PythonJsonWriter.writeNotebook(DiskForm.of(NotebookMapper.toJson(notebook)), out);
    }

    /** The file's bytes; fails only for text JSON cannot hold (an unpaired surrogate). */
    public static byte[] toBytes(Notebook notebook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        write(notebook, out);
        return out.toByteArray();
    }
}
