package dev.continuum.launchers.run;

/**
 * Why a cell did not finish: the error it raised ({@code ename}, {@code evalue}), a time limit, or
 * its kernel dying or failing to start. {@code index} is the cell's position in the notebook.
 */
public record CellFailure(int index, String cellId, String ename, String evalue) {

    /** One line naming the cell and what went wrong, for a terminal or a status bar. */
    public String describe() {
        return "cell " + index + (cellId == null ? "" : " (id " + cellId + ")") + " failed: " + ename
                + (evalue == null || evalue.isBlank() ? "" : ": " + evalue);
    }
}
