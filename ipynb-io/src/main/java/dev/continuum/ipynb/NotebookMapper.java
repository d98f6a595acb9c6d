package dev.continuum.ipynb;

import dev.continuum.notebook.CellState;
import dev.continuum.notebook.CellType;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.ExecuteResultOutput;
import dev.continuum.notebook.FormatVersion;
import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.Notebook;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import dev.continuum.notebook.UnknownOutput;
import dev.continuum.notebook.json.JsonArray;
import dev.continuum.notebook.json.JsonNull;
import dev.continuum.notebook.json.JsonNumber;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Maps between nbformat 4's in-memory dictionary (multi-line text joined, as nbformat holds it
 * after reading) and the notebook model. Nothing is dropped: fields the model does not name are
 * carried in each part's {@code extra}, and an output of unexpected shape is kept whole.
 */
final class NotebookMapper {

    private static final Set<String> NOTEBOOK_FIELDS = Set.of("cells", "metadata", "nbformat", "nbformat_minor");
    private static final Set<String> CELL_FIELDS =
            Set.of("id", "cell_type", "source", "metadata", "attachments", "outputs", "execution_count");

    private NotebookMapper() {
    }

    static Notebook toModel(JsonObject root) throws NotebookFormatException {
        int major = requireInt(root, "nbformat", JsonPaths.ROOT);
        int minor = root.get("nbformat_minor") == null ? 0 : requireInt(root, "nbformat_minor", JsonPaths.ROOT);
        JsonObject metadata = optionalObject(root, "metadata", JsonPaths.ROOT);
        if (!(root.get("cells") instanceof JsonArray cells)) {
            throw new NotebookFormatException(Problem.error(JsonPaths.field(JsonPaths.ROOT, "cells"),
                    root.get("cells") == null ? "no cells: the notebook has no \"cells\" list" : "cells must be a list, found " + root.get("cells").typeName()));
        }
        List<CellState> states = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String path = JsonPaths.index(JsonPaths.field(JsonPaths.ROOT, "cells"), i);
            if (!(cells.get(i) instanceof JsonObject cell)) {
                throw new NotebookFormatException(Problem.error(path, "a cell must be an object, found " + cells.get(i).typeName()).inCell(i, null));
            }
            try {
                states.add(cellToModel(cell, path));
            } catch (NotebookFormatException e) {
                int index = i;
                String id = cell.findString("id").orElse(null);
                throw new NotebookFormatException(e.problems().stream().map(p -> p.inCell(index, id)).toList());
            }
        }
        return new Notebook(new FormatVersion(major, minor), metadata, states, rest(root, NOTEBOOK_FIELDS));
    }

    private static CellState cellToModel(JsonObject cell, String path) throws NotebookFormatException {
        String typeName = requireString(cell, "cell_type", path);
        CellType type = CellType.fromJsonName(typeName).orElse(null);
        if (type == null) {
            // Kept whole and read-only, as Jupyter keeps cells of types it does not know.
            String source = cell.get("source") instanceof JsonString s ? s.value() : "";
            JsonObject metadata = cell.get("metadata") instanceof JsonObject m ? m : JsonObject.EMPTY;
            return new CellState(cell.findString("id").orElse(null), CellType.UNRECOGNIZED, source, metadata,
                    null, List.of(), null, cell);
        }
        String id = null;
        if (cell.get("id") != null) {
            id = requireString(cell, "id", path);
        }
        String source = cell.get("source") == null ? "" : requireString(cell, "source", path);
        JsonObject metadata = optionalObject(cell, "metadata", path);
        JsonObject attachments = null;
        if (cell.get("attachments") != null) {
            attachments = optionalObject(cell, "attachments", path);
        }
        List<Output> outputs = List.of();
        Integer executionCount = null;
        JsonObject extra = rest(cell, CELL_FIELDS);
        if (type == CellType.CODE) {
            outputs = outputsToModel(cell.get("outputs"), JsonPaths.field(path, "outputs"));
            JsonValue count = cell.get("execution_count");
            if (count instanceof JsonNumber number && number.fitsLong() && number.isIntegral()
                    && number.longValue() >= Integer.MIN_VALUE && number.longValue() <= Integer.MAX_VALUE) {
                executionCount = (int) number.longValue();
            } else if (count != null && count != JsonNull.INSTANCE) {
                throw new NotebookFormatException(Problem.error(JsonPaths.field(path, "execution_count"),
                        "execution_count must be an integer or null, found " + count.typeName()));
            }
        } else {
            // Fields only code cells define stay verbatim on other cells.
            JsonObject.Builder kept = extra.toBuilder();
            for (String name : List.of("outputs", "execution_count")) {
                if (cell.get(name) != null) {
                    kept.put(name, cell.get(name));
                }
            }
            extra = kept.build();
        }
        return new CellState(id, type, source, metadata, attachments, outputs, executionCount, extra);
    }

    private static List<Output> outputsToModel(JsonValue value, String path) throws NotebookFormatException {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new NotebookFormatException(Problem.error(path, "outputs must be a list, found " + value.typeName()));
        }
        List<Output> outputs = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject output)) {
                throw new NotebookFormatException(Problem.error(JsonPaths.index(path, i),
                        "an output must be an object, found " + array.get(i).typeName()));
            }
            outputs.add(outputToModel(output));
        }
        return outputs;
    }

    /** A typed output when every field has the shape the format gives it, else the raw object. */
    private static Output outputToModel(JsonObject output) {
        String type = output.findString("output_type").orElse("");
        switch (type) {
            case "stream" -> {
                if (output.get("name") instanceof JsonString name && output.get("text") instanceof JsonString text) {
                    return new StreamOutput(name.value(), text.value(), rest(output, Set.of("output_type", "name", "text")));
                }
            }
            case "display_data" -> {
                if (output.get("data") instanceof JsonObject data && output.get("metadata") instanceof JsonObject metadata) {
                    return new DisplayDataOutput(new MimeBundle(data), metadata,
                            rest(output, Set.of("output_type", "data", "metadata")));
                }
            }
            case "execute_result" -> {
                JsonValue count = output.get("execution_count");
                boolean countOk = count == JsonNull.INSTANCE
                        || (count instanceof JsonNumber n && n.fitsLong() && Math.abs(n.longValue()) <= Integer.MAX_VALUE);
                if (countOk && output.get("data") instanceof JsonObject data && output.get("metadata") instanceof JsonObject metadata) {
                    Integer executionCount = count instanceof JsonNumber n ? (int) n.longValue() : null;
                    return new ExecuteResultOutput(executionCount, new MimeBundle(data), metadata,
                            rest(output, Set.of("output_type", "execution_count", "data", "metadata")));
                }
            }
            case "error" -> {
                if (output.get("ename") instanceof JsonString ename && output.get("evalue") instanceof JsonString evalue
                        && output.get("traceback") instanceof JsonArray traceback
                        && traceback.items().stream().allMatch(JsonString.class::isInstance)) {
                    List<String> lines = traceback.items().stream().map(v -> ((JsonString) v).value()).toList();
                    return new ErrorOutput(ename.value(), evalue.value(), lines,
                            rest(output, Set.of("output_type", "ename", "evalue", "traceback")));
                }
            }
            default -> {
                // not a type the format defines
            }
        }
        return new UnknownOutput(output);
    }

    static JsonObject toJson(Notebook notebook) {
        JsonObject.Builder root = notebook.extra().toBuilder();
        JsonArray.Builder cells = new JsonArray.Builder(notebook.size());
        notebook.cells().forEach(cell -> cells.add(cellToJson(cell.state())));
        return root.put("cells", cells.build())
                .put("metadata", notebook.metadata())
                .put("nbformat", JsonNumber.of(notebook.format().major()))
                .put("nbformat_minor", JsonNumber.of(notebook.format().minor()))
                .build();
    }

    static JsonObject cellToJson(CellState cell) {
        if (cell.type() == CellType.UNRECOGNIZED) {
            return cell.extra();
        }
        JsonObject.Builder json = cell.extra().toBuilder();
        json.put("cell_type", new JsonString(cell.type().jsonName()));
        if (cell.id() != null) {
            json.put("id", new JsonString(cell.id()));
        }
        json.put("metadata", cell.metadata());
        json.put("source", new JsonString(cell.source()));
        if (cell.attachments() != null) {
            json.put("attachments", cell.attachments());
        }
        if (cell.type() == CellType.CODE) {
            JsonArray.Builder outputs = new JsonArray.Builder(cell.outputs().size());
            cell.outputs().forEach(output -> outputs.add(outputToJson(output)));
            json.put("outputs", outputs.build());
            json.put("execution_count", cell.executionCount() == null ? JsonNull.INSTANCE : JsonNumber.of(cell.executionCount()));
        }
        return json.build();
    }

    static JsonObject outputToJson(Output output) {
        if (output instanceof UnknownOutput unknown) {
            return unknown.raw();
        }
        JsonObject.Builder json = output.extra().toBuilder();
        json.put("output_type", new JsonString(output.outputType()));
        switch (output) {
            case StreamOutput stream -> json.put("name", new JsonString(stream.name())).put("text", new JsonString(stream.text()));
            case DisplayDataOutput display -> json.put("data", display.data().values()).put("metadata", display.metadata());
            case ExecuteResultOutput result -> json
                    .put("execution_count", result.executionCount() == null ? JsonNull.INSTANCE : JsonNumber.of(result.executionCount()))
                    .put("data", result.data().values())
                    .put("metadata", result.metadata());
            case ErrorOutput error -> json.put("ename", new JsonString(error.ename()))
                    .put("evalue", new JsonString(error.evalue()))
                    .put("traceback", JsonArray.ofStrings(error.traceback()));
            case UnknownOutput ignored -> throw new AssertionError("handled above");
        }
        return json.build();
    }

    private static JsonObject rest(JsonObject object, Set<String> known) {
        JsonObject.Builder rest = JsonObject.builder();
        for (var entry : object.entries()) {
            if (!known.contains(entry.getKey())) {
                rest.put(entry.getKey(), entry.getValue());
            }
        }
        return rest.build();
    }

    private static int requireInt(JsonObject object, String name, String parent) throws NotebookFormatException {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number && number.isIntegral() && number.fitsLong()
                && Math.abs(number.longValue()) <= Integer.MAX_VALUE) {
            return (int) number.longValue();
        }
        throw new NotebookFormatException(Problem.error(JsonPaths.field(parent, name),
                value == null ? "required field \"" + name + "\" is missing" : name + " must be an integer, found " + value.typeName()));
    }

    private static String requireString(JsonObject object, String name, String parent) throws NotebookFormatException {
        JsonValue value = object.get(name);
        if (value instanceof JsonString string) {
            return string.value();
        }
        throw new NotebookFormatException(Problem.error(JsonPaths.field(parent, name),
                value == null ? "required field \"" + name + "\" is missing" : name + " must be a string, found " + describe(value)));
    }

    private static JsonObject optionalObject(JsonObject object, String name, String parent) throws NotebookFormatException {
        JsonValue value = object.get(name);
        if (value == null) {
            return JsonObject.EMPTY;
        }
        if (value instanceof JsonObject found) {
            return found;
        }
        throw new NotebookFormatException(Problem.error(JsonPaths.field(parent, name),
                name + " must be an object, found " + value.typeName()));
    }

    private static String describe(JsonValue value) {
        if (value instanceof JsonArray array && array.items().stream().anyMatch(v -> !(v instanceof JsonString))) {
            return "a list holding something other than strings";
        }
        return value.typeName();
    }
}
