package dev.continuum.ipynb;

import java.util.Objects;

/**
 * One thing wrong with a notebook file, located as precisely as we can: the cell (index and id)
 * and the JSON path of the field, such as {@code $.cells[3].outputs[0].text}.
 *
 * @param cellIndex index of the cell in the notebook, or null for notebook-level problems
 * @param cellId    id of that cell, or null when it has none
 * @param path      JSON path of the field, {@code $} for the whole document
 */
public record Problem(Severity severity, Integer cellIndex, String cellId, String path, String message) {

    public enum Severity {
        /** The file breaks the format; {@code validate} fails. */
        ERROR,
        /** Something was repaired on reading, as Jupyter repairs it; {@code validate} fails too. */
        REPAIRED
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String path, String message) {
        return new Problem(Severity.ERROR, null, null, path, message);
    }

    public Problem inCell(int index, String id) {
        return new Problem(severity, index, id, path, message);
    }

    /** "cell 3 (id "a1b2"): $.cells[3].source: integer found, array expected". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (cellIndex != null) {
            text.append("cell ").append(cellIndex);
            if (cellId != null) {
                text.append(" (id \"").append(cellId).append("\")");
            }
            text.append(": ");
        }
        return text.append(path).append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
