package dev.continuum.notebook;

import java.util.Optional;

/**
 * The three cell types of nbformat 4, and {@link #UNRECOGNIZED} for a type from elsewhere (a newer
 * format, a v3 "heading" left in a v4 file). Jupyter keeps such cells and shows them read-only; so
 * do we: the whole cell stays verbatim in {@link CellState#extra()}.
 */
public enum CellType {
    CODE("code"), MARKDOWN("markdown"), RAW("raw"), UNRECOGNIZED("unrecognized");

    private final String jsonName;

    CellType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The value of the cell's {@code cell_type} field. */
    public String jsonName() {
        return jsonName;
    }

    public static Optional<CellType> fromJsonName(String name) {
        for (CellType type : values()) {
            if (type != UNRECOGNIZED && type.jsonName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
