package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import java.util.Objects;

/** Text written to {@code stdout} or {@code stderr}. */
public record StreamOutput(String name, String text, JsonObject extra) implements Output {

    public static final String STDOUT = "stdout";
    public static final String STDERR = "stderr";

    public StreamOutput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extra, "extra");
    }

    public StreamOutput(String name, String text) {
        this(name, text, JsonObject.EMPTY);
    }

    @Override
    public String outputType() {
        return "stream";
    }
}
