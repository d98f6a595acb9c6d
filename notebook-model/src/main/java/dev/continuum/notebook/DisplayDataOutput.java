package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import java.util.Objects;

/** Rich data shown by a cell ({@code display_data}). */
public record DisplayDataOutput(MimeBundle data, JsonObject metadata, JsonObject extra) implements Output {

    public DisplayDataOutput {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(extra, "extra");
    }

    public DisplayDataOutput(MimeBundle data) {
        this(data, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    @Override
    public String outputType() {
        return "display_data";
    }
}
