package dev.continuum.launchers.variables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Java values to and from the transfer JSON (the format is described in {@code package-info}):
 * {@code Long}, {@code Double}, {@code String}, {@code Boolean}, null, {@link List}, {@link Map}
 * with string keys, {@code double[]}, {@code long[]}, {@code double[][]} and {@code long[][]}.
 * NaN and infinities are written bare, as Python's {@code json} module writes and reads them.
 */
public final class TransferJson {

    /** The key that marks a numeric array in transit; a map may not use it. */
    public static final String ARRAY_MARKER = "__ndarray__";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TransferJson() {
    }

    /** A JSON object's members, parsed. */
    public static ObjectNode parseObject(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException("expected a JSON object of variables, got " + node.getNodeType());
            }
            return object;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not transfer JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value of the carried Java types as JSON. */
    public static JsonNode toJson(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case String s -> NODES.textNode(s);
            case Boolean b -> NODES.booleanNode(b);
            case Long l -> NODES.numberNode(l);
            case Double d -> NODES.numberNode(d);
            case double[] a -> array("float64", a.length, -1, a);
            case long[] a -> array("int64", a.length, -1, a);
            case double[][] a -> array("float64", a.length, a.length == 0 ? 0 : a[0].length, a);
            case long[][] a -> array("int64", a.length, a.length == 0 ? 0 : a[0].length, a);
            case List<?> items -> {
                ArrayNode array = NODES.arrayNode(items.size());
                items.forEach(item -> array.add(toJson(item)));
                yield array;
            }
            case Map<?, ?> map -> {
                ObjectNode object = NODES.objectNode();
                map.forEach((key, item) -> object.set((String) key, toJson(item)));
                yield object;
            }
            default -> throw new IllegalArgumentException("not a carried type: " + value.getClass().getName());
        };
    }

    private static ObjectNode array(String dtype, int rows, int columns, Object data) {
        ObjectNode marker = NODES.objectNode();
        marker.put(ARRAY_MARKER, dtype);
        ArrayNode shape = marker.putArray("shape");
        shape.add(rows);
        if (columns >= 0) {
            shape.add(columns);
        }
        ArrayNode values = marker.putArray("data");
        switch (data) {
            case double[] a -> { for (double d : a) values.add(d); }
            case long[] a -> { for (long l : a) values.add(l); }
            case double[][] a -> { for (double[] row : a) values.add(array("float64", row.length, -1, row).get("data")); }
            case long[][] a -> { for (long[] row : a) values.add(array("int64", row.length, -1, row).get("data")); }
            default -> throw new IllegalArgumentException(data.getClass().getName());
        }
        return marker;
    }

    /**
     * JSON as Java: integers as {@code Long}, other numbers as {@code Double}, arrays as
     * {@link ArrayList}, objects as {@link LinkedHashMap} (key order kept), marked numeric arrays
     * as {@code double[]}, {@code long[]}, {@code double[][]} or {@code long[][]}.
     *
     * @throws IllegalArgumentException naming {@code path} for what Java cannot hold (an integer past {@code long})
     */
    public static Object fromJson(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new IllegalArgumentException(path + " is the integer " + node.asText() + ", too large for a Java long");
            }
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                items.add(fromJson(node.get(i), path + "[" + i + "]"));
            }
            return items;
        }
        if (node.has(ARRAY_MARKER)) {
            return numericArray(node, path);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            map.put(member.getKey(), fromJson(member.getValue(), path + "[\"" + member.getKey() + "\"]"));
        }
        return map;
    }

    private static Object numericArray(JsonNode marker, String path) {
        String dtype = marker.path(ARRAY_MARKER).asText();
        JsonNode shape = marker.path("shape");
        JsonNode data = marker.path("data");
        boolean floating = dtype.equals("float64");
        if (!floating && !dtype.equals("int64") || !data.isArray() || shape.size() < 1 || shape.size() > 2) {
            throw new IllegalArgumentException(path + " is a numeric array Java cannot hold (" + dtype + ", shape " + shape + ")");
        }
        if (shape.size() == 1) {
            return floating ? doubles(data, path) : longs(data, path);
        }
        Object[] rows = floating ? new double[data.size()][] : new long[data.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = floating ? doubles(data.get(i), path) : longs(data.get(i), path);
        }
        return rows;
    }

    private static double[] doubles(JsonNode data, String path) {
        double[] values = new double[data.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode item = data.get(i);
            if (!item.isNumber()) {
                throw new IllegalArgumentException(path + " holds " + item + " where a number belongs");
            }
            values[i] = item.doubleValue();
        }
        return values;
    }

    private static long[] longs(JsonNode data, String path) {
        long[] values = new long[data.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode item = data.get(i);
            if (!item.isIntegralNumber() || !item.canConvertToLong()) {
                throw new IllegalArgumentException(path + " holds " + item + " where a Java long belongs");
            }
            values[i] = item.longValue();
        }
        return values;
    }

    /** The type a variable holding {@code value} is declared with in Java. */
    public static String javaType(Object value) {
        return switch (value) {
            case null -> "Object";
            case String s -> "String";
            case Boolean b -> "boolean";
            case Long l -> "long";
            case Double d -> "double";
            case double[] a -> "double[]";
            case long[] a -> "long[]";
            case double[][] a -> "double[][]";
            case long[][] a -> "long[][]";
            case List<?> l -> "java.util.List<Object>";
            case Map<?, ?> m -> "java.util.Map<String, Object>";
            default -> throw new IllegalArgumentException(value.getClass().getName());
        };
    }
}
