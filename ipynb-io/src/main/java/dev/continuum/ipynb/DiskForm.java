package dev.continuum.ipynb;

import dev.continuum.notebook.json.JsonArray;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.util.Set;

/**
 * nbformat 4's {@code split_lines} and {@code strip_transient}, applied when writing: multi-line
 * text becomes a list of lines so files diff well, and values that only live in memory (the old
 * signature, the original format, per-cell trust) are dropped.
 */
final class DiskForm {

    private static final Set<String> NON_TEXT_SPLIT_MIMES = Set.of("application/javascript", "image/svg+xml");
    private static final Set<String> RICH_OUTPUTS = Set.of("execute_result", "display_data");

    private DiskForm() {
    }

    static JsonObject of(JsonObject notebook) {
        JsonObject.Builder root = notebook.toBuilder();
        if (notebook.get("metadata") instanceof JsonObject metadata) {
            root.put("metadata", metadata.without("orig_nbformat").without("orig_nbformat_minor").without("signature"));
        }
        if (notebook.get("cells") instanceof JsonArray cells) {
            JsonArray.Builder split = new JsonArray.Builder(cells.size());
            for (JsonValue cell : cells) {
                split.add(cell instanceof JsonObject object ? cell(object) : cell);
            }
            root.put("cells", split.build());
        }
        return root.build();
    }

    private static JsonObject cell(JsonObject cell) {
        JsonObject.Builder out = cell.toBuilder();
        if (cell.get("source") instanceof JsonString source) {
            out.put("source", lines(source.value()));
        }
        if (cell.get("attachments") instanceof JsonObject attachments) {
            JsonObject.Builder split = JsonObject.builder();
            for (var entry : attachments.entries()) {
                split.put(entry.getKey(), entry.getValue() instanceof JsonObject bundle ? mimeBundle(bundle) : entry.getValue());
            }
            out.put("attachments", split.build());
        }
        if ("code".equals(cell.findString("cell_type").orElse(null)) && cell.get("outputs") instanceof JsonArray outputs) {
            JsonArray.Builder split = new JsonArray.Builder(outputs.size());
            for (JsonValue output : outputs) {
                split.add(output instanceof JsonObject object ? output(object) : output);
            }
            out.put("outputs", split.build());
        }
        if (cell.get("metadata") instanceof JsonObject metadata) {
            out.put("metadata", metadata.without("trusted"));
        }
        return out.build();
    }

    private static JsonObject output(JsonObject output) {
        String type = output.findString("output_type").orElse("");
        if (RICH_OUTPUTS.contains(type) && output.get("data") instanceof JsonObject data) {
            return output.with("data", mimeBundle(data));
        }
        if (type.equals("stream") && output.get("text") instanceof JsonString text) {
            return output.with("text", lines(text.value()));
        }
        return output;
    }

    private static JsonObject mimeBundle(JsonObject data) {
        JsonObject.Builder out = JsonObject.builder();
        for (var entry : data.entries()) {
            String mime = entry.getKey();
            JsonValue value = entry.getValue();
            if (value instanceof JsonString text && (mime.startsWith("text/") || NON_TEXT_SPLIT_MIMES.contains(mime))) {
                value = lines(text.value());
            }
            out.put(mime, value);
        }
        return out.build();
    }

    private static JsonArray lines(String text) {
        return JsonArray.ofStrings(PythonStrings.splitLinesKeepEnds(text));
    }
}
