package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import java.util.Objects;

/** The value of a cell's last expression; {@code executionCount} is null when the file says null. */
public record ExecuteResultOutput(Integer executionCount, MimeBundle data, JsonObject metadata, JsonObject extra)
        implements Output {

    public ExecuteResultOutput {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(extra, "extra");
    }

    public ExecuteResultOutput(Integer executionCount, MimeBundle data) {
        this(executionCount, data, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    @Override
    public String outputType() {
        return "execute_result";
    }
}
