package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The notebook edits a user makes, as commands ready for {@link Notebook#apply}. Each one is
 * undoable and says whether it can run ({@link Command#isExecutable()}).
 */
public final class Edits {

    private Edits() {
    }

    /** A new empty cell of {@code type} at {@code index}, with a fresh id where the format has ids. */
    public static InsertCells insertNew(Notebook notebook, int index, CellType type) {
        return new InsertCells(notebook, index, List.of(CellState.of(notebook.newCellId(), type, "")));
    }

    public static InsertCells insert(Notebook notebook, int index, List<CellState> states) {
        return new InsertCells(notebook, index, states);
    }

    public static DeleteCells delete(Notebook notebook, List<Cell> cells) {
        return new DeleteCells(notebook, cells);
    }

    public static MoveCell move(Notebook notebook, Cell cell, int target) {
        return new MoveCell(notebook, cell, target);
    }

    public static UpdateCells editSource(Notebook notebook, Cell cell, String source) {
        return new UpdateCells(notebook, "Edit cell", List.of(cell),
                state -> state.type() == CellType.UNRECOGNIZED ? state : state.withSource(source));
    }

    /** Clears outputs and execution counts of the code cells among {@code cells}. */
    public static UpdateCells clearOutputs(Notebook notebook, List<Cell> cells) {
        return new UpdateCells(notebook, "Clear outputs", cells,
                state -> state.type() == CellType.CODE ? state.withOutputs(List.of(), null) : state);
    }

    public static UpdateCells changeType(Notebook notebook, List<Cell> cells, CellType type) {
        return new UpdateCells(notebook, "Change cell type to " + type.jsonName(), cells, state -> state.withType(type));
    }

    public static UpdateCells setMetadata(Notebook notebook, Cell cell, JsonObject metadata) {
        return new UpdateCells(notebook, "Edit cell metadata", List.of(cell), state -> state.withMetadata(metadata));
    }

    /** Places cells on an environment by name; null returns them to the notebook default. */
    public static UpdateCells setEnvironment(Notebook notebook, List<Cell> cells, String environment) {
        String what = environment == null ? "Use default environment" : "Run on " + environment;
        return new UpdateCells(notebook, what, cells,
                state -> state.withMetadata(Placement.withEnvironment(state.metadata(), environment)));
    }

    public static SetNotebookMetadata setDefaultEnvironment(Notebook notebook, String environment) {
        return new SetNotebookMetadata(notebook, Placement.withEnvironment(notebook.metadata(), environment),
                environment == null ? "Clear default environment" : "Default environment " + environment);
    }

    /**
     * Splits a cell at the given offsets of its source, as JupyterLab does: the cell keeps the first
     * part (with its id, metadata and outputs); each later part becomes a new cell of the same type
     * and metadata. Newlines at the cut are dropped.
     */
    public static Command split(Notebook notebook, Cell cell, int... offsets) {
        String source = cell.source();
        List<String> parts = new ArrayList<>();
        int start = 0;
        boolean valid = offsets.length > 0;
        for (int offset : offsets) {
            valid &= offset > start && offset < source.length();
            if (!valid) {
                break;
            }
            parts.add(source.substring(start, offset));
            start = offset;
        }
        parts.add(source.substring(Math.min(start, source.length())));
        int index = notebook.indexOf(cell);
        if (!valid || index < 0 || cell.type() == CellType.UNRECOGNIZED) {
            return new CompositeCommand("Split cell", List.of());
        }
        List<CellState> newCells = new ArrayList<>();
        List<String> usedIds = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            String id = freshId(notebook, usedIds);
            CellState state = new CellState(id, cell.type(), trimNewlines(parts.get(i)), cell.metadata(),
                    null, List.of(), null, JsonObject.EMPTY);
            newCells.add(state);
        }
        String first = trimNewlines(parts.get(0));
        return new CompositeCommand("Split cell", List.of(
                new UpdateCells(notebook, "Split cell", List.of(cell), state -> state.withSource(first)),
                new InsertCells(notebook, index + 1, newCells)));
    }

    /**
     * Merges cells into the first of them (in notebook order): sources joined by a blank line,
     * attachments combined, outputs cleared as JupyterLab does; the other cells are deleted.
     */
    public static Command merge(Notebook notebook, List<Cell> cells) {
        List<Cell> ordered = new ArrayList<>(cells.stream().distinct().toList());
        ordered.sort(Comparator.comparingInt(notebook::indexOf));
        if (ordered.size() < 2 || ordered.stream().anyMatch(c -> notebook.indexOf(c) < 0 || c.type() == CellType.UNRECOGNIZED)) {
            return new CompositeCommand("Merge cells", List.of());
        }
        Cell target = ordered.get(0);
        StringBuilder source = new StringBuilder();
        JsonObject.Builder attachments = JsonObject.builder();
        boolean anyAttachments = false;
        for (Cell cell : ordered) {
            if (!source.isEmpty()) {
                source.append("\n\n");
            }
            source.append(cell.source());
            JsonObject own = cell.state().attachments();
            if (own != null) {
                anyAttachments = true;
                own.entries().forEach(e -> attachments.put(e.getKey(), e.getValue()));
            }
        }
        CellState old = target.state();
        JsonObject mergedAttachments = anyAttachments && old.type() != CellType.CODE ? attachments.build() : old.attachments();
        CellState merged = new CellState(old.id(), old.type(), source.toString(), old.metadata(), mergedAttachments,
                List.of(), null, old.extra());
        return new CompositeCommand("Merge cells", List.of(
                new UpdateCells(notebook, "Merge cells", List.of(target), state -> merged),
                new DeleteCells(notebook, ordered.subList(1, ordered.size()))));
    }

    private static String freshId(Notebook notebook, List<String> alreadyChosen) {
        String id;
        do {
            id = notebook.newCellId();
        } while (id != null && alreadyChosen.contains(id));
        if (id != null) {
            alreadyChosen.add(id);
        }
        return id;
    }

    private static String trimNewlines(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isNewline(text.charAt(start))) {
            start++;
        }
        while (end > start && isNewline(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }
}
