package dev.continuum.launchers.kernel;

import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.Output;
import java.util.concurrent.CompletableFuture;

/** Receives what one execution produces, on a session thread, in the order the kernel sent it. */
public interface ExecutionListener {

    /** A new output: stream text, display data, the execute result or the error. */
    void output(Output output);

    /** A display output sent with a display id, so later updates can replace it; see {@link #updateDisplay}. */
    default void display(String displayId, DisplayDataOutput output) {
        output(output);
    }

    /** {@code clear_output}: with {@code wait}, clear only when the next output arrives. */
    default void clearOutput(boolean wait) {
    }

    /** {@code update_display_data}: replaces every output shown under {@code displayId}. */
    default void updateDisplay(String displayId, DisplayDataOutput output) {
    }

    /**
     * The code asked for input ({@code input()}, {@code Scanner(System.in)}); the session sends the
     * future's value as the reply. The default refuses, as a headless run without stdin does.
     */
    default CompletableFuture<String> input(String prompt, boolean password) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("this run does not take input"));
    }
}
