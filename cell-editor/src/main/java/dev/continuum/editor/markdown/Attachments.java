package dev.continuum.editor.markdown;

import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.json.JsonArray;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The attachments of a markdown cell, looked up by name for {@code ![alt](attachment:NAME)}.
 * nbformat keeps them as {@code {"NAME": {"image/png": "<base64>"}}} in the cell's
 * {@code attachments} field.
 */
@FunctionalInterface
public interface Attachments {

    /** No attachments: every {@code attachment:} image shows as its alt text. */
    Attachments NONE = name -> Optional.empty();

    Optional<MimeBundle> find(String name);

    static Attachments of(Map<String, MimeBundle> attachments) {
        Map<String, MimeBundle> copy = Map.copyOf(attachments);
        return name -> Optional.ofNullable(copy.get(name));
    }

    /**
     * From a cell's {@code attachments} field (may be null). Base64 split into a list of lines, as
     * some writers store it, is joined, so lookups always see one string.
     */
    static Attachments fromJson(JsonObject attachments) {
        if (attachments == null || attachments.isEmpty()) {
            return NONE;
        }
        Map<String, MimeBundle> bundles = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : attachments.entries()) {
            if (entry.getValue() instanceof JsonObject bundle) {
                JsonObject.Builder values = JsonObject.builder();
                for (Map.Entry<String, JsonValue> data : bundle.entries()) {
                    values.put(data.getKey(), joined(data.getValue()));
                }
                bundles.put(entry.getKey(), new MimeBundle(values.build()));
            }
        }
        return of(bundles);
    }

    private static JsonValue joined(JsonValue value) {
        if (value instanceof JsonArray lines) {
            StringBuilder text = new StringBuilder();
            for (JsonValue line : lines) {
                if (line instanceof JsonString s) {
                    text.append(s.value());
                }
            }
            return new JsonString(text.toString());
        }
        return value;
    }
}
