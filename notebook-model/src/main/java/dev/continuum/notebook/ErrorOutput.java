package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import java.util.List;
import java.util.Objects;

/** An exception raised by a cell, with its traceback lines (which may hold ANSI colour codes). */
public record ErrorOutput(String ename, String evalue, List<String> traceback, JsonObject extra) implements Output {

    public ErrorOutput {
        Objects.requireNonNull(ename, "ename");
        Objects.requireNonNull(evalue, "evalue");
        traceback = List.copyOf(traceback);
        Objects.requireNonNull(extra, "extra");
    }

    public ErrorOutput(String ename, String evalue, List<String> traceback) {
        this(ename, evalue, traceback, JsonObject.EMPTY);
    }

    @Override
    public String outputType() {
        return "error";
    }
}
