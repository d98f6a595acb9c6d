package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Output data keyed by MIME type, in file order. Text types hold one string (lines joined, as
 * nbformat keeps them in memory); JSON types ({@code application/json}, {@code application/*+json})
 * hold any JSON value.
 */
public record MimeBundle(JsonObject values) {

    public static final MimeBundle EMPTY = new MimeBundle(JsonObject.EMPTY);

    public MimeBundle {
        Objects.requireNonNull(values, "values");
    }

    public static MimeBundle ofText(String mimeType, String text) {
        return new MimeBundle(JsonObject.of(mimeType, new JsonString(text)));
    }

    public Set<String> mimeTypes() {
        return values.keys();
    }

    public Optional<JsonValue> get(String mimeType) {
        return values.find(mimeType);
    }

    /** The value for {@code mimeType} when it is a string (text, or base64 for images). */
    public Optional<String> text(String mimeType) {
        return values.findString(mimeType);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** JSON MIME types keep structured values rather than text, as nbformat defines them. */
    public static boolean isJsonMimeType(String mimeType) {
        return mimeType.equals("application/json")
                || (mimeType.startsWith("application/") && mimeType.endsWith("+json"));
    }
}
