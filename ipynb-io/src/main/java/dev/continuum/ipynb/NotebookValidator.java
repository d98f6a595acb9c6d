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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Checks a notebook file against the official nbformat JSON schema of its own version, plus what
 * the schema cannot say (unique cell ids in 4.5, base64 image data).
 *
 * <p>In nbformat 4 a cell must match one of the code, markdown and raw definitions, and an output
 * one of four. Checking each cell against the definition its own {@code cell_type} names (and each
 * output against its {@code output_type}) accepts exactly the same notebooks, because every
 * definition fixes its type field; it also points each problem at the field instead of at "none
 * of three matched", and it lets cells be checked in parallel.
 */
public final class NotebookValidator {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final int NEWEST_V4_MINOR = 5;
    private static final List<String> CELL_TYPES = List.of("code", "markdown", "raw");
    private static final List<String> OUTPUT_TYPES = List.of("stream", "display_data", "execute_result", "error");
    /** Below this many cells, one thread is quicker than sharing the work. */
    private static final int PARALLEL_THRESHOLD = 64;

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
        try {
            return validateTree(tree);
        } catch (RuntimeException e) {
            // a shape nobody foresaw must still come out as a problem, never as a crash
            return List.of(Problem.error(JsonPaths.ROOT, "cannot check this file: " + e));
        }
    }

    private static List<Problem> validateTree(JsonNode tree) {
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
        return switch (major) {
            case 3 -> validateV3(nb);
            case 4 -> validateV4(nb, "nbformat.v4." + Math.min(Math.max(minor, 0), NEWEST_V4_MINOR) + ".schema.json", minor);
            default -> List.of(Problem.error("$.nbformat", "nbformat " + major
                    + " has no schema to validate against; convert it to 4.5 with `continuum convert --to 4.5`"));
        };
    }

    private static List<Problem> validateV4(ObjectNode nb, String schemaName, int minor) {
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema(schemaName, null).validate(nb)) {
            problems.add(Problem.error(pathOf(JsonPaths.ROOT, error), messageOf(error)));
        }
        JsonNode cells = nb.get("cells");
        if (cells != null && cells.isArray()) {
            IntStream indices = IntStream.range(0, cells.size());
            if (cells.size() >= PARALLEL_THRESHOLD) {
                indices = indices.parallel();
            }
            indices.mapToObj(i -> cellProblems(schemaName, cells.get(i), i)).forEachOrdered(problems::addAll);
            if (minor >= 5) {
                problems.addAll(duplicateIds(cells));
            }
            problems.addAll(BinaryDataCheck.check(nb));
        }
        return problems;
    }

    private static List<Problem> cellProblems(String schemaName, JsonNode cell, int index) {
        String path = "$.cells[" + index + "]";
        String id = NbformatConversions.text(cell.get("id"));
        String type = NbformatConversions.text(cell.get("cell_type"));
        if (!cell.isObject() || type == null || !CELL_TYPES.contains(type)) {
            String message = !cell.isObject() ? "a cell must be an object, found " + JsonTrees.typeName(cell)
                    : type == null ? "required property 'cell_type' not found or not a string"
                    : "unknown cell type \"" + type + "\" (expected code, markdown or raw)";
            return List.of(Problem.error(cell.isObject() ? path + ".cell_type" : path, message).inCell(index, id));
        }
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema(schemaName, type + "_cell").validate(cell)) {
            problems.add(Problem.error(pathOf(path, error), messageOf(error)).inCell(index, id));
        }
        JsonNode outputs = cell.get("outputs");
        if ("code".equals(type) && outputs != null && outputs.isArray()) {
            for (int o = 0; o < outputs.size(); o++) {
                outputProblems(schemaName, outputs.get(o), path + ".outputs[" + o + "]")
                        .forEach(problem -> problems.add(problem.inCell(index, id)));
            }
        }
        return problems;
    }

    private static List<Problem> outputProblems(String schemaName, JsonNode output, String path) {
        String type = NbformatConversions.text(output.get("output_type"));
        if (!output.isObject() || type == null || !OUTPUT_TYPES.contains(type)) {
            String message = !output.isObject() ? "an output must be an object, found " + JsonTrees.typeName(output)
                    : type == null ? "required property 'output_type' not found or not a string"
                    : "unknown output type \"" + type + "\" (expected stream, display_data, execute_result or error)";
            return List.of(Problem.error(output.isObject() ? path + ".output_type" : path, message));
        }
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema(schemaName, type).validate(output)) {
            problems.add(Problem.error(pathOf(path, error), messageOf(error)));
        }
        return problems;
    }

    private static List<Problem> validateV3(ObjectNode nb) {
        Map<String, Integer> cellPrefixes = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int w = 0;
        for (JsonNode worksheet : iterable(nb.get("worksheets"))) {
            int c = 0;
            for (JsonNode ignored : iterable(worksheet.get("cells"))) {
                cellPrefixes.put("$.worksheets[" + w + "].cells[" + c++ + "]", ids.size());
                ids.add(null);
            }
            w++;
        }
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema("nbformat.v3.schema.json", null).validate(nb)) {
            String path = pathOf(JsonPaths.ROOT, error);
            Problem problem = Problem.error(path, messageOf(error));
            int cellsAt = path.indexOf("].cells[");
            int end = cellsAt < 0 ? -1 : path.indexOf(']', cellsAt + 8);
            Integer cell = end < 0 ? null : cellPrefixes.get(path.substring(0, end + 1));
            problems.add(cell == null ? problem : problem.inCell(cell, null));
        }
        return problems;
    }

    private static List<Problem> duplicateIds(JsonNode cells) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> firstUse = new HashMap<>();
        for (int index = 0; index < cells.size(); index++) {
            String id = NbformatConversions.text(cells.get(index).get("id"));
            if (id != null) {
                Integer first = firstUse.putIfAbsent(id, index);
                if (first != null) {
                    problems.add(Problem.error("$.cells[" + index + "].id", "duplicate cell id \"" + id + "\" (also cell " + first + ")")
                            .inCell(index, id));
                }
            }
        }
        return problems;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node != null && node.isArray() ? node : List.of();
    }

    /**
     * The whole schema (definition null) with cells left to {@link #cellProblems}, or a schema for
     * one definition, with code cells' outputs left to {@link #outputProblems}.
     */
    private static Schema schema(String schemaName, String definition) {
        return SCHEMAS.computeIfAbsent(schemaName + "#" + definition, key -> {
            ObjectNode root = loadSchema(schemaName);
            if (schemaName.contains(".v4.")) {
                ((ObjectNode) root.at("/properties/cells")).putObject("items");
                ((ObjectNode) root.at("/definitions/code_cell/properties/outputs")).putObject("items");
            }
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

    /** The error's instance path below {@code prefix}, with the property a "required" error names. */
    private static String pathOf(String prefix, Error error) {
        StringBuilder path = new StringBuilder(prefix);
        var location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path.append(element instanceof Integer index ? JsonPaths.index("", index) : JsonPaths.field("", element.toString()));
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
}
