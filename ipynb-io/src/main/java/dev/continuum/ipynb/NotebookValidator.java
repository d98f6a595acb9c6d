package dev.continuum.ipynb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a notebook file against the official nbformat JSON schema of its own version, plus the
 * rule the schema cannot say (unique cell ids in 4.5). A cell or output that breaks the schema is
 * checked again against the definition its own {@code cell_type} / {@code output_type} names, so
 * the problem points at the field rather than at "none of code, markdown or raw matched".
 */
public final class NotebookValidator {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final int NEWEST_V4_MINOR = 5;

    private NotebookValidator() {
    }

    /** Every problem in the file's bytes; empty when the file is a valid notebook. */
    public static List<Problem> validate(byte[] bytes) {
        JsonNode tree;
        try {
            tree = JsonTrees.parse(bytes);
        } catch (NotebookFormatException e) {
            return e.problems();
        }
        return validate(tree);
    }

    static List<Problem> validate(JsonNode tree) {
        if (!(tree instanceof ObjectNode nb)) {
            return List.of(Problem.error(JsonPaths.ROOT, "a notebook is a JSON object, this file holds " + JsonTrees.typeName(tree)));
        }
        JsonNode majorNode = nb.get("nbformat");
        if (majorNode == null || !majorNode.isIntegralNumber()) {
            return List.of(Problem.error(majorNode == null ? JsonPaths.ROOT : "$.nbformat", majorNode == null
                    ? "no \"nbformat\" field: this JSON file is not a Jupyter notebook"
                    : "nbformat must be an integer, found " + JsonTrees.typeName(majorNode)));
        }
        int major = majorNode.asInt();
        JsonNode minorNode = nb.get("nbformat_minor");
        int minor = minorNode != null && minorNode.isIntegralNumber() ? minorNode.asInt() : 0;
        String schemaName = switch (major) {
            case 3 -> "nbformat.v3.schema.json";
            case 4 -> "nbformat.v4." + Math.min(Math.max(minor, 0), NEWEST_V4_MINOR) + ".schema.json";
            default -> null;
        };
        if (schemaName == null) {
            return List.of(Problem.error("$.nbformat", "nbformat " + major
                    + " has no schema to validate against; convert it to 4.5 with `continuum convert --to 4.5`"));
        }
        List<Problem> problems = new ArrayList<>();
        CellLocator cells = new CellLocator(nb, major);
        List<Integer> cellsToRefine = new ArrayList<>();
        for (Error error : schema(schemaName, null).validate(nb)) {
            String path = pathOf(error);
            int cell = cells.cellIndexOf(path);
            if (major == 4 && cell >= 0) {
                if (!cellsToRefine.contains(cell)) {
                    cellsToRefine.add(cell);
                }
            } else {
                problems.add(cells.locate(Problem.error(path, messageOf(error)), path));
            }
        }
        for (int cell : cellsToRefine) {
            problems.addAll(refineCell(schemaName, nb.get("cells").get(cell), cell, cells));
        }
        if (major == 4 && minor >= 5) {
            problems.addAll(duplicateIds(nb, cells));
        }
        if (major == 4) {
            problems.addAll(BinaryDataCheck.check(nb));
        }
        problems.sort(Comparator.comparing((Problem p) -> p.cellIndex() == null ? -1 : p.cellIndex()));
        return problems;
    }

    private static List<Problem> refineCell(String schemaName, JsonNode cell, int index, CellLocator cells) {
        String prefix = "$.cells[" + index + "]";
        String type = NbformatConversions.text(cell.get("cell_type"));
        if (!cell.isObject() || type == null || !List.of("code", "markdown", "raw").contains(type)) {
            String message = !cell.isObject() ? "a cell must be an object, found " + JsonTrees.typeName(cell)
                    : type == null ? "required property 'cell_type' not found or not a string"
                    : "unknown cell type \"" + type + "\" (expected code, markdown or raw)";
            return List.of(cells.locate(Problem.error(cell.isObject() ? prefix + ".cell_type" : prefix, message), prefix));
        }
        List<Problem> problems = new ArrayList<>();
        List<Integer> outputsToRefine = new ArrayList<>();
        for (Error error : schema(schemaName, type + "_cell").validate(cell)) {
            String path = prefix + pathOf(error).substring(1);
            int output = outputIndexOf(path, prefix);
            if (output >= 0) {
                if (!outputsToRefine.contains(output)) {
                    outputsToRefine.add(output);
                }
            } else {
                problems.add(cells.locate(Problem.error(path, messageOf(error)), path));
            }
        }
        for (int output : outputsToRefine) {
            problems.addAll(refineOutput(schemaName, cell.get("outputs").get(output), prefix + ".outputs[" + output + "]", cells));
        }
        return problems;
    }

    private static List<Problem> refineOutput(String schemaName, JsonNode output, String prefix, CellLocator cells) {
        String type = NbformatConversions.text(output.get("output_type"));
        if (!output.isObject() || type == null || !List.of("stream", "display_data", "execute_result", "error").contains(type)) {
            String message = !output.isObject() ? "an output must be an object, found " + JsonTrees.typeName(output)
                    : type == null ? "required property 'output_type' not found or not a string"
                    : "unknown output type \"" + type + "\" (expected stream, display_data, execute_result or error)";
            String path = output.isObject() ? prefix + ".output_type" : prefix;
            return List.of(cells.locate(Problem.error(path, message), path));
        }
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema(schemaName, type).validate(output)) {
            String path = prefix + pathOf(error).substring(1);
            problems.add(cells.locate(Problem.error(path, messageOf(error)), path));
        }
        return problems;
    }

    private static List<Problem> duplicateIds(ObjectNode nb, CellLocator cells) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> firstUse = new HashMap<>();
        int index = 0;
        for (JsonNode cell : iterable(nb.get("cells"))) {
            String id = NbformatConversions.text(cell.get("id"));
            if (id != null) {
                Integer first = firstUse.putIfAbsent(id, index);
                if (first != null) {
                    String path = "$.cells[" + index + "].id";
                    problems.add(cells.locate(Problem.error(path, "duplicate cell id \"" + id + "\" (also cell " + first + ")"), path));
                }
            }
            index++;
        }
        return problems;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node != null && node.isArray() ? node : List.of();
    }

    /** The schema, or a wrapper that validates against one of its definitions. */
    private static Schema schema(String schemaName, String definition) {
        return SCHEMAS.computeIfAbsent(schemaName + "#" + definition, key -> {
            ObjectNode root = loadSchema(schemaName);
            if (definition == null) {
                return REGISTRY.getSchema(root);
            }
            ObjectNode wrapper = JsonTrees.MAPPER.createObjectNode();
            wrapper.set("$schema", root.get("$schema"));
            wrapper.set("definitions", root.get("definitions"));
            wrapper.put("$ref", "#/definitions/" + definition);
            return REGISTRY.getSchema(wrapper);
        });
    }

    private static ObjectNode loadSchema(String name) {
        try (InputStream in = NotebookValidator.class.getResourceAsStream("schemas/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the build: " + name);
            }
            return (ObjectNode) JsonTrees.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + name, e);
        }
    }

    /** The instance path of an error as {@code $.a.b[3]}, with the property a "required" error names. */
    private static String pathOf(Error error) {
        StringBuilder path = new StringBuilder(JsonPaths.ROOT);
        var location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            String built = element instanceof Integer index ? JsonPaths.index("", index) : JsonPaths.field("", element.toString());
            path.append(built);
        }
        if (("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword())) && error.getProperty() != null) {
            return JsonPaths.field(path.toString(), error.getProperty());
        }
        return path.toString();
    }

    private static String messageOf(Error error) {
        String message = error.getMessage();
        int colon = message.indexOf(": ");
        if (message.startsWith("$") && colon > 0) {
            message = message.substring(colon + 2);
        }
        return message;
    }

    private static int outputIndexOf(String path, String cellPrefix) {
        String outputs = cellPrefix + ".outputs[";
        if (!path.startsWith(outputs)) {
            return -1;
        }
        int end = path.indexOf(']', outputs.length());
        return Integer.parseInt(path.substring(outputs.length(), end));
    }

    /** Finds the cell (index and id) a JSON path points into; v3 cells are numbered across worksheets. */
    private static final class CellLocator {
        private final Map<String, Integer> prefixes = new LinkedHashMap<>();
        private final List<String> ids = new ArrayList<>();

        CellLocator(ObjectNode nb, int major) {
            if (major == 3) {
                int w = 0;
                for (JsonNode worksheet : iterable(nb.get("worksheets"))) {
                    int c = 0;
                    for (JsonNode cell : iterable(worksheet.get("cells"))) {
                        add("$.worksheets[" + w + "].cells[" + c++ + "]", cell);
                    }
                    w++;
                }
            } else {
                int c = 0;
                for (JsonNode cell : iterable(nb.get("cells"))) {
                    add("$.cells[" + c++ + "]", cell);
                }
            }
        }

        private void add(String prefix, JsonNode cell) {
            prefixes.put(prefix, ids.size());
            ids.add(NbformatConversions.text(cell.get("id")));
        }

        int cellIndexOf(String path) {
            int end = path.indexOf(']', path.indexOf("cells["));
            if (!path.contains("cells[") || end < 0) {
                return -1;
            }
            Integer index = prefixes.get(path.substring(0, end + 1));
            return index == null ? -1 : index;
        }

        Problem locate(Problem problem, String path) {
            int index = cellIndexOf(path);
            return index < 0 ? problem : problem.inCell(index, ids.get(index));
        }
    }
}
