package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import java.util.Optional;

/**
 * Where a cell runs: an environment <em>name</em> kept in metadata under {@code continuum}, so the
 * notebook stays a plain .ipynb and the name is resolved on whichever machine opens it. The
 * notebook's default sits in the notebook metadata under the same key.
 */
public final class Placement {

    public static final String METADATA_KEY = "continuum";
    public static final String ENVIRONMENT_KEY = "environment";

    private Placement() {
    }

    public static Optional<String> environmentOf(JsonObject metadata) {
        return metadata.findObject(METADATA_KEY).flatMap(section -> section.findString(ENVIRONMENT_KEY));
    }

    /** Metadata with the environment set, or removed when {@code environment} is null; other keys untouched. */
    public static JsonObject withEnvironment(JsonObject metadata, String environment) {
        JsonObject section = metadata.findObject(METADATA_KEY).orElse(JsonObject.EMPTY);
        JsonObject updated = environment == null
                ? section.without(ENVIRONMENT_KEY)
                : section.with(ENVIRONMENT_KEY, new JsonString(environment));
        return updated.isEmpty() ? metadata.without(METADATA_KEY) : metadata.with(METADATA_KEY, updated);
    }
}
