package dev.continuum.notebook.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable JSON object that keeps its keys in the order they were read, so metadata is shown
 * and kept exactly as its author wrote it. Changes return a new object.
 */
public final class JsonObject implements JsonValue {

    public static final JsonObject EMPTY = new JsonObject(Map.of());

    private final Map<String, JsonValue> members;

    private JsonObject(Map<String, JsonValue> members) {
        this.members = members;
    }

    public static JsonObject of(Map<String, ? extends JsonValue> members) {
        return members.isEmpty() ? EMPTY : new JsonObject(Collections.unmodifiableMap(new LinkedHashMap<>(members)));
    }

    public static JsonObject of(String key, JsonValue value) {
        return builder().put(key, value).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.members.putAll(members);
        return builder;
    }

    public int size() {
        return members.size();
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    public boolean containsKey(String key) {
        return members.containsKey(key);
    }

    /** The member, or {@code null} when absent. */
    public JsonValue get(String key) {
        return members.get(key);
    }

    public Optional<JsonValue> find(String key) {
        return Optional.ofNullable(members.get(key));
    }

    /** The member if it is a string. */
    public Optional<String> findString(String key) {
        return members.get(key) instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
    }

    /** The member if it is an object. */
    public Optional<JsonObject> findObject(String key) {
        return members.get(key) instanceof JsonObject o ? Optional.of(o) : Optional.empty();
    }

    public Set<String> keys() {
        return members.keySet();
    }

    public Set<Map.Entry<String, JsonValue>> entries() {
        return members.entrySet();
    }

    public Map<String, JsonValue> asMap() {
        return members;
    }

    /** A copy with {@code key} set to {@code value}; an existing key keeps its position. */
    public JsonObject with(String key, JsonValue value) {
        return toBuilder().put(key, value).build();
    }

    /** A copy without {@code key}; this object itself when the key is absent. */
    public JsonObject without(String key) {
        if (!members.containsKey(key)) {
            return this;
        }
        return toBuilder().remove(key).build();
    }

    @Override
    public String typeName() {
        return "object";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonObject that && members.equals(that.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return members.toString();
    }

    /** Collects members in insertion order; a repeated key keeps its first position and last value, as Python's json does. */
    public static final class Builder {
        private Map<String, JsonValue> members = new LinkedHashMap<>();

        public Builder put(String key, JsonValue value) {
            members.put(key, value);
            return this;
        }

        public Builder remove(String key) {
            members.remove(key);
            return this;
        }

        public boolean containsKey(String key) {
            return members.containsKey(key);
        }

        public JsonObject build() {
            Map<String, JsonValue> built = members;
            members = new LinkedHashMap<>();
            return built.isEmpty() ? EMPTY : new JsonObject(Collections.unmodifiableMap(built));
        }
    }
}
