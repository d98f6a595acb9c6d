package dev.continuum.launchers.run;

import dev.continuum.launchers.kernel.ExecutionListener;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A cell's outputs as a notebook keeps them while the kernel sends them: consecutive stream
 * outputs of the same stream joined into one (as JupyterLab and nbclient store them),
 * {@code clear_output} (also the deferred {@code wait=True} kind), and displays updated in place by
 * their display id. Every change is handed on as the whole new list, for a view to show as it runs.
 */
public final class OutputCollector implements ExecutionListener {

    private final List<Output> outputs = new ArrayList<>();
    /** The display id of each output in {@link #outputs} (null where it has none). */
    private final List<String> displayIds = new ArrayList<>();
    private final Consumer<List<Output>> changed;
    private final BiFunction<String, Boolean, CompletableFuture<String>> input;
    private boolean clearOnNextOutput;

    /**
     * @param changed called with the new list after every change
     * @param input   answers the code's input requests (prompt, password); null refuses them
     */
    public OutputCollector(Consumer<List<Output>> changed, BiFunction<String, Boolean, CompletableFuture<String>> input) {
        this.changed = changed;
        this.input = input;
    }

    public synchronized List<Output> outputs() {
        return List.copyOf(outputs);
    }

    @Override
    public void output(Output output) {
        List<Output> now;
        synchronized (this) {
            clearIfWaiting();
            int last = outputs.size() - 1;
            if (output instanceof StreamOutput stream && last >= 0 && outputs.get(last) instanceof StreamOutput previous
                    && previous.name().equals(stream.name())) {
                outputs.set(last, new StreamOutput(previous.name(), previous.text() + stream.text(), previous.extra()));
            } else {
                outputs.add(output);
                displayIds.add(null);
            }
            now = List.copyOf(outputs);
        }
        changed.accept(now);
    }

    @Override
    public void display(String displayId, DisplayDataOutput output) {
        List<Output> now;
        synchronized (this) {
            clearIfWaiting();
            outputs.add(output);
            displayIds.add(displayId);
            now = List.copyOf(outputs);
        }
        changed.accept(now);
    }

    @Override
    public void clearOutput(boolean wait) {
        List<Output> now;
        synchronized (this) {
            if (wait) {
                clearOnNextOutput = true;
                return;
            }
            outputs.clear();
            displayIds.clear();
            now = List.of();
        }
        changed.accept(now);
    }

    @Override
    public void updateDisplay(String displayId, DisplayDataOutput output) {
        List<Output> now;
        synchronized (this) {
            boolean found = false;
            for (int i = 0; i < outputs.size(); i++) {
                if (displayId.equals(displayIds.get(i))) {
                    outputs.set(i, output);
                    found = true;
                }
            }
            if (!found) {
                return;
            }
            now = List.copyOf(outputs);
        }
        changed.accept(now);
    }

    @Override
    public CompletableFuture<String> input(String prompt, boolean password) {
        return input == null ? ExecutionListener.super.input(prompt, password) : input.apply(prompt, password);
    }

    private void clearIfWaiting() {
        if (clearOnNextOutput) {
            clearOnNextOutput = false;
            outputs.clear();
            displayIds.clear();
        }
    }
}
