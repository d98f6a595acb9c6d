package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import java.util.List;
import java.util.Objects;

/**
 * Everything a cell holds, as one immutable value. Edits record the state before and after, so
 * undo restores exactly what was there.
 *
 * @param id             the cell id, or null in formats before 4.5 that have none
 * @param attachments    attachment name to MIME bundle object, or null when the cell has no
 *                       {@code attachments} field (absent and empty are written differently)
 * @param outputs        outputs of a code cell; empty for other cell types
 * @param executionCount execution count of a code cell, or null
 * @param extra          members the format does not define, kept verbatim
 */
public record CellState(
        String id,
        CellType type,
        String source,
        JsonObject metadata,
        JsonObject attachments,
        List<Output> outputs,
        Integer executionCount,
        JsonObject extra) {

    public CellState {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(extra, "extra");
    }

    public static CellState of(String id, CellType type, String source) {
        return new CellState(id, type, source, JsonObject.EMPTY, null, List.of(), null, JsonObject.EMPTY);
    }

    public CellState withSource(String newSource) {
        return new CellState(id, type, newSource, metadata, attachments, outputs, executionCount, extra);
    }

    public CellState withMetadata(JsonObject newMetadata) {
        return new CellState(id, type, source, newMetadata, attachments, outputs, executionCount, extra);
    }

    public CellState withOutputs(List<Output> newOutputs, Integer newExecutionCount) {
        return new CellState(id, type, source, metadata, attachments, newOutputs, newExecutionCount, extra);
    }

    public CellState withId(String newId) {
        return new CellState(newId, type, source, metadata, attachments, outputs, executionCount, extra);
    }

    /**
     * Moves {@code current} from {@code from} to {@code to} field by field: a field is set to its
     * value in {@code to} only where {@code current} still has the value of {@code from}. Undo of a
     * source edit thus keeps the outputs of a run made after the edit.
     */
    public static CellState threeWay(CellState current, CellState from, CellState to) {
        return new CellState(
                pick(current.id, from.id, to.id),
                pick(current.type, from.type, to.type),
                pick(current.source, from.source, to.source),
                pick(current.metadata, from.metadata, to.metadata),
                pick(current.attachments, from.attachments, to.attachments),
                pick(current.outputs, from.outputs, to.outputs),
                pick(current.executionCount, from.executionCount, to.executionCount),
                pick(current.extra, from.extra, to.extra));
    }

    private static <T> T pick(T current, T from, T to) {
        return java.util.Objects.equals(current, from) ? to : current;
    }

    /**
     * The same cell as another type. Outputs and execution count exist only on code cells and
     * attachments only on markdown and raw cells, so they are dropped as Jupyter drops them.
     */
    public CellState withType(CellType newType) {
        if (newType == type || type == CellType.UNRECOGNIZED || newType == CellType.UNRECOGNIZED) {
            return this; // cells of unknown type stay exactly as they came
        }
        boolean code = newType == CellType.CODE;
        return new CellState(id, newType, source, metadata, code ? null : attachments,
                code ? outputs : List.of(), code ? executionCount : null, extra);
    }
}
