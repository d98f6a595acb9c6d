package dev.continuum.notebook.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** An immutable JSON array. */
public final class JsonArray implements JsonValue, Iterable<JsonValue> {

    public static final JsonArray EMPTY = new JsonArray(List.of());

    private final List<JsonValue> items;

    private JsonArray(List<JsonValue> items) {
        this.items = items;
    }

    public static JsonArray of(Collection<? extends JsonValue> items) {
        return items.isEmpty() ? EMPTY : new JsonArray(Collections.unmodifiableList(new ArrayList<>(items)));
    }

    public static JsonArray of(JsonValue... items) {
        return of(List.of(items));
    }

    public static JsonArray ofStrings(Collection<String> strings) {
        List<JsonValue> values = new ArrayList<>(strings.size());
        for (String s : strings) {
            values.add(new JsonString(s));
        }
        return new JsonArray(Collections.unmodifiableList(values));
    }

    /** Takes ownership of a list the caller will not touch again: no copy. */
    static JsonArray adopt(List<JsonValue> items) {
        return new JsonArray(Collections.unmodifiableList(items));
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public JsonValue get(int index) {
        return items.get(index);
    }

    public List<JsonValue> items() {
        return items;
    }

    @Override
    public Iterator<JsonValue> iterator() {
        return items.iterator();
    }

    @Override
    public String typeName() {
        return "array";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonArray that && items.equals(that.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return items.toString();
    }

    /** Builds an array without intermediate copies. */
    public static final class Builder {
        private List<JsonValue> items;

        public Builder() {
            this(8);
        }

        public Builder(int expectedSize) {
            items = new ArrayList<>(expectedSize);
        }

        public Builder add(JsonValue value) {
            items.add(value);
            return this;
        }

        public JsonArray build() {
            List<JsonValue> built = items;
            items = new ArrayList<>();
            return built.isEmpty() ? EMPTY : adopt(built);
        }
    }
}
