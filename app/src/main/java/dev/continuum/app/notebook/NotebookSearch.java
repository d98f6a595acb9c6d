package dev.continuum.app.notebook;

import dev.continuum.notebook.Cell;
import dev.continuum.notebook.CellType;
import java.util.List;

/** Find and replace across all cells of a notebook, as JupyterLab's search does. */
final class NotebookSearch {

    private final NotebookViewModel notebook;

    NotebookSearch(NotebookViewModel notebook) {
        this.notebook = notebook;
    }

    /**
     * Selects the next cell (after the active one, wrapping around) whose source contains
     * {@code query}; returns its index, or -1 when no cell does.
     */
    public int findNext(String query, boolean caseSensitive) {
        notebook.commitEdits();
        if (query.isEmpty() || notebook.cells().isEmpty()) {
            return -1;
        }
        int start = Math.max(notebook.activeIndexProperty().get(), 0);
        for (int step = 1; step <= notebook.cells().size(); step++) {
            int index = (start + step) % notebook.cells().size();
            if (contains(notebook.cells().get(index).state().source(), query, caseSensitive)) {
                notebook.select(index);
                return index;
            }
        }
        return -1;
    }

    /** Replaces every occurrence in every cell as one undoable edit; returns how many were replaced. */
    public int replaceAll(String query, String replacement, boolean caseSensitive) {
        notebook.commitEdits();
        if (query.isEmpty()) {
            return 0;
        }
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(query),
                caseSensitive ? 0 : java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        int[] count = {0};
        List<Cell> touched = notebook.cells().stream().map(CellViewModel::cell)
                .filter(cell -> cell.type() != CellType.UNRECOGNIZED && pattern.matcher(cell.source()).find()).toList();
        if (touched.isEmpty()) {
            return 0;
        }
        String quoted = java.util.regex.Matcher.quoteReplacement(replacement);
        notebook.apply(new dev.continuum.notebook.UpdateCells(notebook.notebook(), "Replace \"" + query + "\"", touched, state -> {
            var matcher = pattern.matcher(state.source());
            while (matcher.find()) {
                count[0]++;
            }
            return state.withSource(pattern.matcher(state.source()).replaceAll(quoted));
        }));
        return count[0];
    }

    private static boolean contains(String text, String query, boolean caseSensitive) {
        return caseSensitive ? text.contains(query)
                : text.toLowerCase(java.util.Locale.ROOT).contains(query.toLowerCase(java.util.Locale.ROOT));
    }
}
