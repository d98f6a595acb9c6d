package dev.continuum.ipynb;

import dev.continuum.notebook.CellState;
import dev.continuum.notebook.CellType;
import dev.continuum.notebook.FormatVersion;
import dev.continuum.notebook.Notebook;
import dev.continuum.notebook.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A separate process that saves a big notebook over a file again and again, to be killed in the
 * middle of a write by {@link SaveKilledMidWriteTest}.
 */
public final class SaveWorker {

    private SaveWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int megabytes = Integer.parseInt(args[1]);
        List<CellState> cells = new ArrayList<>();
        String line = "new content that must never be seen half-written ".repeat(20) + "\n";
        StringBuilder source = new StringBuilder();
        while (source.length() < 1024 * 1024) {
            source.append(line);
        }
        for (int i = 0; i < megabytes; i++) {
            cells.add(CellState.of("cell" + i, CellType.CODE, source.toString()));
        }
        Notebook notebook = new Notebook(FormatVersion.CURRENT, JsonObject.EMPTY, cells, JsonObject.EMPTY);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            AtomicFiles.write(target, NotebookWriter.toBytes(notebook));
        }
    }
}
