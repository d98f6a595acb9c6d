package dev.continuum.editor.output;

import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins consecutive stream outputs of the same stream into one, as JupyterLab's output model does.
 * Kernels send a progress bar as many small chunks whose carriage returns overwrite text from
 * earlier chunks, so the text must be joined before line editing is applied.
 */
public final class StreamMerging {

    private StreamMerging() {
    }

    public static List<Output> merge(List<Output> outputs) {
        List<Output> merged = new ArrayList<>(outputs.size());
        for (Output output : outputs) {
            int last = merged.size() - 1;
            if (output instanceof StreamOutput stream && last >= 0
                    && merged.get(last) instanceof StreamOutput previous && previous.name().equals(stream.name())) {
                merged.set(last, new StreamOutput(previous.name(), previous.text() + stream.text(), previous.extra()));
            } else {
                merged.add(output);
            }
        }
        return merged;
    }
}
