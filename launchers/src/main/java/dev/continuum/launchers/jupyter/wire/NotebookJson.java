package dev.continuum.launchers.jupyter.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.json.JsonArray;
import dev.continuum.notebook.json.JsonBoolean;
import dev.continuum.notebook.json.JsonNull;
import dev.continuum.notebook.json.JsonNumber;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.util.Map;

/**
 * Kernel JSON (Jackson trees) to the notebook model's immutable JSON values, keeping member order
 * and the integer/float distinction, so outputs are saved exactly as the kernel sent them.
 */
public final class NotebookJson {

    private NotebookJson() {
    }

    public static JsonValue value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return JsonNull.INSTANCE;
        }
        if (node.isTextual()) {
            return new JsonString(node.asText());
        }
        if (node.isBoolean()) {
            return JsonBoolean.of(node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? JsonNumber.of(node.longValue()) : new JsonNumber(node.bigIntegerValue());
        }
        if (node.isNumber()) {
            return JsonNumber.of(node.doubleValue());
        }
        if (node.isArray()) {
            JsonArray.Builder array = new JsonArray.Builder(node.size());
            for (JsonNode item : node) {
                array.add(value(item));
            }
            return array.build();
        }
        if (node.isObject()) {
            JsonObject.Builder object = JsonObject.builder();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                object.put(member.getKey(), value(member.getValue()));
            }
            return object.build();
        }
        // Binary and POJO nodes never come out of parsing text.
        return new JsonString(node.asText());
    }

    /** The node as an object; an absent or non-object node gives the empty object. */
    public static JsonObject object(JsonNode node) {
        return node != null && node.isObject() ? (JsonObject) value(node) : JsonObject.EMPTY;
    }

    /**
     * A {@code data} dict as a bundle. JSON MIME types keep their value; text types hold one
     * string, so a list of lines (which nbformat allows) is joined.
     */
    public static MimeBundle mimeBundle(JsonNode data) {
        if (data == null || !data.isObject()) {
            return MimeBundle.EMPTY;
        }
        JsonObject.Builder values = JsonObject.builder();
        for (Map.Entry<String, JsonNode> entry : data.properties()) {
            String mimeType = entry.getKey();
            JsonNode value = entry.getValue();
            if (!MimeBundle.isJsonMimeType(mimeType) && value.isArray() && allText(value)) {
                StringBuilder joined = new StringBuilder();
                value.forEach(line -> joined.append(line.asText()));
                values.put(mimeType, new JsonString(joined.toString()));
            } else {
                values.put(mimeType, value(value));
            }
        }
        return new MimeBundle(values.build());
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
