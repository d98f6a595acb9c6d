package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import java.util.Objects;

/**
 * An output that is not one of the four nbformat types, or whose fields have the wrong shape.
 * Jupyter keeps such outputs; so do we, byte for byte, and {@code validate} reports them.
 */
public record UnknownOutput(JsonObject raw) implements Output {

    public UnknownOutput {
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public String outputType() {
        return raw.findString("output_type").orElse("");
    }

    @Override
    public JsonObject extra() {
        return raw;
    }
}
