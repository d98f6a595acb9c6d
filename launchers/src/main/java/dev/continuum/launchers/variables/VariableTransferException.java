package dev.continuum.launchers.variables;

import dev.continuum.notebook.ErrorOutput;
import java.util.List;

/**
 * A cell needs a variable from another language that cannot be carried to it; the cell does not
 * run. The message names the variable, both languages and why.
 */
public final class VariableTransferException extends Exception {

    /** The {@code ename} of the error output, as a kernel names its exceptions. */
    public static final String ENAME = "VariableTransferError";

    private static final long serialVersionUID = 1L;

    public VariableTransferException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The error as the cell shows it, in the shape of a kernel's error output. */
    public ErrorOutput toOutput() {
        return new ErrorOutput(ENAME, getMessage(), List.of(ENAME + ": " + getMessage()));
    }
}
