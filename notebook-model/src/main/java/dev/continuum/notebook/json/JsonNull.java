package dev.continuum.notebook.json;

/** JSON {@code null}. */
public enum JsonNull implements JsonValue {
    INSTANCE;

    @Override
    public String typeName() {
        return "null";
    }
}
