package dev.continuum.env;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Checks a JSON tree against one of this module's published schemas (draft 2020-12). */
public final class SchemaCheck {

    public static final String TEMPLATE = "template.schema.json";
    public static final String ENVIRONMENT = "environment.schema.json";
    public static final String SUB_ENVIRONMENT = "sub-environment.schema.json";
    public static final String GROUPS = "groups.schema.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /** The schema's own text, for publishing it (e.g. next to a registry). */
    public static InputStream open(String schemaName) {
        InputStream in = SchemaCheck.class.getResourceAsStream("schemas/" + schemaName);
        if (in == null) {
            throw new IllegalStateException("schema missing from the build: " + schemaName);
        }
        return in;
    }

    /** Every problem as {@code $.path: message}; empty when the tree is valid. */
    public static List<String> problems(String schemaName, JsonNode tree) {
        List<String> problems = new ArrayList<>();
        for (Error error : schema(schemaName).validate(tree)) {
            problems.add(pathOf(error) + ": " + messageOf(error));
        }
        return problems;
    }

    private static Schema schema(String schemaName) {
        return SCHEMAS.computeIfAbsent(schemaName, name -> {
            try (InputStream in = open(name)) {
                return REGISTRY.getSchema(EnvJson.MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema " + name, e);
            }
        });
    }

    private static String pathOf(Error error) {
        StringBuilder path = new StringBuilder("$");
        var location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path.append(element instanceof Integer index ? "[" + index + "]" : "." + element);
        }
        if (("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword())) && error.getProperty() != null) {
            path.append('.').append(error.getProperty());
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
