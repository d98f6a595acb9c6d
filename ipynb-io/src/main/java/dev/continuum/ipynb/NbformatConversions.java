package dev.continuum.ipynb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What nbformat does to a parsed notebook dictionary between {@code json.loads} and the in-memory
 * v4 notebook: rejoining multi-line text (each major version its own way), stripping transient
 * values, and upgrading v2 to v3 to v4 ({@code nbformat.convert}). Kept close to nbformat's own
 * code so that both give the same notebook.
 */
final class NbformatConversions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> V3_MULTILINE_OUTPUTS = List.of("text", "html", "svg", "latex", "javascript", "json");
    private static final Set<String> RICH_OUTPUTS = Set.of("execute_result", "display_data");
    /** v3 output keys and the MIME types v4 uses for them, in nbformat's order. */
    private static final Map<String, String> V3_MIME_ALIASES = new LinkedHashMap<>();

    static {
        V3_MIME_ALIASES.put("text", "text/plain");
        V3_MIME_ALIASES.put("html", "text/html");
        V3_MIME_ALIASES.put("svg", "image/svg+xml");
        V3_MIME_ALIASES.put("png", "image/png");
        V3_MIME_ALIASES.put("jpeg", "image/jpeg");
        V3_MIME_ALIASES.put("latex", "text/latex");
        V3_MIME_ALIASES.put("json", "application/json");
        V3_MIME_ALIASES.put("javascript", "application/javascript");
    }

    private NbformatConversions() {
    }

    // ---- nbformat 4 -------------------------------------------------------------------------

    /** v4 {@code rejoin_lines}: lists of lines back to single strings. */
    static void rejoinV4(ObjectNode nb) {
        for (ObjectNode cell : objects(nb.get("cells"))) {
            if (cell.get("source") instanceof ArrayNode lines && allText(lines)) {
                cell.put("source", join("", lines));
            }
            if (cell.get("attachments") instanceof ObjectNode attachments) {
                attachments.properties().forEach(e -> {
                    if (e.getValue() instanceof ObjectNode bundle) {
                        rejoinMimeBundle(bundle);
                    }
                });
            }
            if ("code".equals(text(cell.get("cell_type")))) {
                for (ObjectNode output : objects(cell.get("outputs"))) {
                    String type = text(output.get("output_type"));
                    if (type != null && RICH_OUTPUTS.contains(type)) {
                        if (output.get("data") instanceof ObjectNode data) {
                            rejoinMimeBundle(data);
                        }
                    } else if (type != null && !type.isEmpty()
                            && output.get("text") instanceof ArrayNode lines && allText(lines)) {
                        output.put("text", join("", lines));
                    }
                }
            }
        }
    }

    private static void rejoinMimeBundle(ObjectNode data) {
        List<String> keys = new ArrayList<>();
        data.fieldNames().forEachRemaining(keys::add);
        for (String mime : keys) {
            if (!isJsonMime(mime) && data.get(mime) instanceof ArrayNode lines && allText(lines)) {
                data.put(mime, join("", lines));
            }
        }
    }

    /** v4 {@code strip_transient}: values that live only in memory. */
    static void stripTransientV4(ObjectNode nb) {
        if (nb.get("metadata") instanceof ObjectNode metadata) {
            metadata.remove(List.of("orig_nbformat", "orig_nbformat_minor", "signature"));
        }
        for (ObjectNode cell : objects(nb.get("cells"))) {
            if (cell.get("metadata") instanceof ObjectNode metadata) {
                metadata.remove("trusted");
            }
        }
    }

    /** v4 minor upgrade to 4.5: every cell gets a new id, as {@code nbformat.v4.upgrade} does. */
    static void upgradeMinorTo45(ObjectNode nb, Supplier<String> ids) {
        for (ObjectNode cell : objects(nb.get("cells"))) {
            cell.put("id", ids.get());
        }
        nb.put("nbformat_minor", 5);
    }

    // ---- nbformat 3 and 2 -------------------------------------------------------------------

    /** v3 {@code rejoin_lines} (v2 joins every list with newlines, v3 only when lines lack endings). */
    static void rejoinV3(ObjectNode nb, boolean v2) {
        for (ObjectNode worksheet : objects(nb.get("worksheets"))) {
            for (ObjectNode cell : objects(worksheet.get("cells"))) {
                if ("code".equals(text(cell.get("cell_type")))) {
                    if (cell.get("input") instanceof ArrayNode lines && allText(lines)) {
                        cell.put("input", joinV3(lines, v2));
                    }
                    for (ObjectNode output : objects(cell.get("outputs"))) {
                        for (String key : V3_MULTILINE_OUTPUTS) {
                            if (output.get(key) instanceof ArrayNode lines && allText(lines)) {
                                output.put(key, joinV3(lines, v2));
                            }
                        }
                    }
                } else {
                    for (String key : List.of("source", "rendered")) {
                        if (cell.get(key) instanceof ArrayNode lines && allText(lines)) {
                            cell.put(key, joinV3(lines, v2));
                        }
                    }
                }
            }
        }
    }

    private static String joinV3(ArrayNode lines, boolean v2) {
        if (!v2 && !lines.isEmpty()) {
            String first = lines.get(0).textValue();
            if (first.endsWith("\n") || first.endsWith("\r")) {
                return join("", lines);
            }
        }
        return join("\n", lines);
    }

    /** {@code nbformat.v3.upgrade} from v2. */
    static void upgradeV2ToV3(ObjectNode nb) throws NotebookFormatException {
        nb.put("nbformat", 3);
        nb.put("nbformat_minor", 0);
        nb.put("orig_nbformat", 2);
        for (ObjectNode worksheet : requireObjects(nb, "worksheets", "$")) {
            for (ObjectNode cell : requireObjects(worksheet, "cells", "$.worksheets[]")) {
                if (!cell.has("metadata")) {
                    cell.set("metadata", NODES.objectNode());
                }
            }
        }
    }

    /** {@code nbformat.v4.upgrade} from v3: worksheets flattened into cells, outputs renamed. */
    static void upgradeV3ToV4(ObjectNode nb, Supplier<String> ids) throws NotebookFormatException {
        if (!(nb.get("metadata") instanceof ObjectNode metadata)) {
            throw new NotebookFormatException(Problem.error("$.metadata",
                    "cannot upgrade from nbformat 3: the notebook has no metadata object"));
        }
        JsonNode origFormat = nb.remove("orig_nbformat");
        JsonNode origMinor = nb.remove("orig_nbformat_minor");
        metadata.set("orig_nbformat", truthy(origFormat) ? origFormat : NODES.numberNode(3));
        metadata.set("orig_nbformat_minor", truthy(origMinor) ? origMinor : NODES.numberNode(0));
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        ArrayNode cells = NODES.arrayNode();
        nb.set("cells", cells);
        JsonNode worksheets = nb.remove("worksheets");
        if (worksheets != null) {
            int w = 0;
            for (JsonNode worksheet : iterableArray(worksheets, "$.worksheets")) {
                String wsPath = "$.worksheets[" + w++ + "]";
                if (!(worksheet instanceof ObjectNode ws)) {
                    throw new NotebookFormatException(Problem.error(wsPath, "a worksheet must be an object"));
                }
                int c = 0;
                for (JsonNode cell : iterableArray(ws.get("cells"), wsPath + ".cells")) {
                    String cellPath = wsPath + ".cells[" + c++ + "]";
                    if (!(cell instanceof ObjectNode object)) {
                        throw new NotebookFormatException(Problem.error(cellPath, "a cell must be an object"));
                    }
                    cells.add(upgradeCellV3(object, cellPath, ids));
                }
            }
        }
        metadata.remove("name");
        metadata.remove("signature");
    }

    private static ObjectNode upgradeCellV3(ObjectNode cell, String path, Supplier<String> ids) throws NotebookFormatException {
        if (!cell.has("metadata")) {
            cell.set("metadata", NODES.objectNode());
        }
        cell.put("id", ids.get());
        String type = text(cell.get("cell_type"));
        if ("code".equals(type)) {
            cell.remove("language");
            if (cell.has("collapsed")) {
                if (!(cell.get("metadata") instanceof ObjectNode metadata)) {
                    throw new NotebookFormatException(Problem.error(path + ".metadata", "metadata must be an object"));
                }
                metadata.set("collapsed", cell.remove("collapsed"));
            }
            JsonNode input = cell.remove("input");
            cell.set("source", input == null ? TextNode.valueOf("") : input);
            JsonNode prompt = cell.remove("prompt_number");
            cell.set("execution_count", prompt == null ? NODES.nullNode() : prompt);
            ArrayNode outputs = NODES.arrayNode();
            int o = 0;
            for (JsonNode output : iterableArray(cell.get("outputs"), path + ".outputs")) {
                String outputPath = path + ".outputs[" + o++ + "]";
                if (!(output instanceof ObjectNode object)) {
                    throw new NotebookFormatException(Problem.error(outputPath, "an output must be an object"));
                }
                outputs.add(upgradeOutputV3(object, outputPath));
            }
            cell.set("outputs", outputs);
        } else if ("heading".equals(type)) {
            cell.put("cell_type", "markdown");
            JsonNode level = cell.remove("level");
            int hashes = level == null ? 1 : level.asInt(1);
            JsonNode source = cell.get("source");
            String text = source == null ? "" : source.isTextual() ? source.textValue() : null;
            if (text == null) {
                throw new NotebookFormatException(Problem.error(path + ".source", "a heading's source must be text"));
            }
            cell.put("source", "#".repeat(Math.max(0, hashes)) + " " + String.join(" ", PythonStrings.splitLines(text)));
        } else if ("html".equals(type)) {
            cell.put("cell_type", "markdown");
        }
        return cell;
    }

    private static ObjectNode upgradeOutputV3(ObjectNode output, String path) throws NotebookFormatException {
        String type = text(output.get("output_type"));
        if ("pyout".equals(type) || "display_data".equals(type)) {
            if (!output.has("metadata")) {
                output.set("metadata", NODES.objectNode());
            }
            if ("pyout".equals(type)) {
                output.put("output_type", "execute_result");
                JsonNode prompt = output.remove("prompt_number");
                output.set("execution_count", prompt == null ? NODES.nullNode() : prompt);
            }
            ObjectNode data = NODES.objectNode();
            List<String> keys = new ArrayList<>();
            output.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (!Set.of("output_type", "execution_count", "metadata").contains(key)) {
                    data.set(key, output.remove(key));
                }
            }
            toMimeKeys(data);
            output.set("data", data);
            if (output.get("metadata") instanceof ObjectNode metadata) {
                toMimeKeys(metadata);
            }
            if (data.get("application/json") instanceof TextNode json) {
                try {
                    data.set("application/json", JsonTrees.MAPPER.readTree(json.textValue()));
                } catch (java.io.IOException e) {
                    throw new NotebookFormatException(Problem.error(path + ".json",
                            "cannot upgrade from nbformat 3: the JSON output is not valid JSON"));
                }
            }
        } else if ("pyerr".equals(type)) {
            output.put("output_type", "error");
        } else if ("stream".equals(type)) {
            JsonNode stream = output.remove("stream");
            output.set("name", stream == null ? TextNode.valueOf("stdout") : stream);
        }
        return output;
    }

    private static void toMimeKeys(ObjectNode object) {
        V3_MIME_ALIASES.forEach((alias, mime) -> {
            if (object.has(alias)) {
                object.set(mime, object.remove(alias));
            }
        });
    }

    // ---- helpers ----------------------------------------------------------------------------

    static boolean isJsonMime(String mime) {
        return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
    }

    /** The object elements of an array node; anything else is skipped (later checks report it). */
    static List<ObjectNode> objects(JsonNode array) {
        List<ObjectNode> objects = new ArrayList<>();
        if (array instanceof ArrayNode items) {
            for (JsonNode item : items) {
                if (item instanceof ObjectNode object) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }

    private static List<ObjectNode> requireObjects(ObjectNode parent, String field, String path) throws NotebookFormatException {
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode item : iterableArray(parent.get(field), path + "." + field)) {
            if (!(item instanceof ObjectNode object)) {
                throw new NotebookFormatException(Problem.error(path + "." + field, "expected a list of objects"));
            }
            objects.add(object);
        }
        return objects;
    }

    private static ArrayNode iterableArray(JsonNode node, String path) throws NotebookFormatException {
        if (node instanceof ArrayNode array) {
            return array;
        }
        throw new NotebookFormatException(Problem.error(path,
                node == null ? "required list is missing" : "expected a list, found " + JsonTrees.typeName(node)));
    }

    private static boolean allText(ArrayNode lines) {
        for (JsonNode line : lines) {
            if (!line.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String join(String separator, ArrayNode lines) {
        if (lines.size() == 1) {
            return lines.get(0).textValue();
        }
        int size = 0;
        for (JsonNode line : lines) {
            size += line.textValue().length() + separator.length();
        }
        StringBuilder joined = new StringBuilder(size);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                joined.append(separator);
            }
            joined.append(lines.get(i).textValue());
        }
        return joined.toString();
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** Python truthiness of an optional value ({@code x or default}). */
    private static boolean truthy(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.isNumber()) {
            return node.doubleValue() != 0;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return !node.textValue().isEmpty();
        }
        if (node.isContainerNode()) {
            return node.size() > 0;
        }
        return true;
    }
}
