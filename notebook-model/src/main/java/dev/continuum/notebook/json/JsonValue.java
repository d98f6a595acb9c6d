package dev.continuum.notebook.json;

/**
 * An immutable JSON value as it appears in a notebook. The model keeps metadata and unknown fields
 * as these values, so nothing the file held is lost; parsing and printing live in {@code ipynb-io}.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** The JSON type name used in error messages ("object", "array", "string", ...). */
    String typeName();

    static JsonValue of(String value) {
        return new JsonString(value);
    }

    static JsonValue of(long value) {
        return JsonNumber.of(value);
    }

    static JsonValue of(boolean value) {
        return JsonBoolean.of(value);
    }
}
