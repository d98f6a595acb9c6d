package dev.continuum.ipynb;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.continuum.notebook.json.JsonArray;
import dev.continuum.notebook.json.JsonBoolean;
import dev.continuum.notebook.json.JsonNull;
import dev.continuum.notebook.json.JsonNumber;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Parses notebook JSON with Jackson, accepting what Python's {@code json.loads} accepts (NaN and
 * Infinity, strings of any length, big integers) and nothing more (no trailing data), and turns
 * Jackson's tree into the model's JSON values.
 */
final class JsonTrees {

    /** Python refuses to turn longer digit strings into ints (sys.int_info.default_max_str_digits). */
    private static final int MAX_NUMBER_LENGTH = 4300;

    static final JsonMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(Integer.MAX_VALUE)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxNameLength(Integer.MAX_VALUE)
                            .build())
                    .build())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonTrees() {
    }

    static JsonNode parse(byte[] bytes) throws NotebookFormatException {
        if (bytes.length == 0) {
            throw new NotebookFormatException(Problem.error(JsonPaths.ROOT, "the file is empty, not a notebook"));
        }
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new NotebookFormatException(Problem.error(JsonPaths.ROOT, "the file holds no JSON value, not a notebook"));
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String position = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new NotebookFormatException(Problem.error(JsonPaths.ROOT, "not valid JSON" + position + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new NotebookFormatException(Problem.error(JsonPaths.ROOT, "not valid JSON: " + e.getMessage()));
        }
    }

    static JsonValue toValue(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                JsonObject.Builder object = JsonObject.builder();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    object.put(field.getKey(), toValue(field.getValue()));
                }
                yield object.build();
            }
            case ARRAY -> {
                JsonArray.Builder array = new JsonArray.Builder(node.size());
                for (JsonNode item : node) {
                    array.add(toValue(item));
                }
                yield array.build();
            }
            case STRING -> new JsonString(node.textValue());
            case NUMBER -> node.isIntegralNumber()
                    ? new JsonNumber(node.isBigInteger() ? node.bigIntegerValue() : (Number) node.longValue())
                    : JsonNumber.of(node.doubleValue());
            case BOOLEAN -> JsonBoolean.of(node.booleanValue());
            case NULL -> JsonNull.INSTANCE;
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        };
    }

    /** A short name of the node's JSON type for messages. */
    static String typeName(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> node.isIntegralNumber() ? "integer" : "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
