package dev.continuum.env;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reading and writing template, environment and sub-environment files: Jackson parses, the
 * published schema checks, and every problem names the file and the JSON field.
 */
public final class EnvFiles {

    private static final String KINDS = Arrays.stream(Kind.values()).map(Kind::json).collect(Collectors.joining(", "));

    private EnvFiles() {
    }

    public static Template readTemplate(Path file) throws EnvFileException {
        JsonNode tree = parse(file, SchemaCheck.TEMPLATE);
        Template template = convert(file, tree, Template.class);
        List<String> problems = new ArrayList<>();
        ParameterCheck.defaults(template).forEach(p -> problems.add(file + ": " + p));
        checkFileName(file, template.name(), problems);
        if (!problems.isEmpty()) {
            throw new EnvFileException(problems);
        }
        return template;
    }

    public static Environment readEnvironment(Path file) throws EnvFileException {
        Environment environment = convert(file, parse(file, SchemaCheck.ENVIRONMENT), Environment.class);
        List<String> problems = new ArrayList<>();
        checkFileName(file, environment.name(), problems);
        if (!problems.isEmpty()) {
            throw new EnvFileException(problems);
        }
        return environment;
    }

    public static SubEnvironment readSubEnvironment(Path file) throws EnvFileException {
        JsonNode tree = parse(file, SchemaCheck.SUB_ENVIRONMENT);
        SubEnvironment sub = convert(file, tree, SubEnvironment.class);
        JsonNode stored = tree.get("hash");
        if (stored != null && !stored.asText().equals(sub.hash())) {
            throw EnvFileException.of(file.toString(), "$.hash", "does not match the content (expected " + sub.hash() + ")");
        }
        return sub;
    }

    /** Checks an environment's values against the template it names. */
    public static void check(Path file, Environment environment, Template template) throws EnvFileException {
        List<String> problems = ParameterCheck.values(template, environment.parameters());
        if (!problems.isEmpty()) {
            throw new EnvFileException(problems.stream().map(p -> file + ": " + p).toList());
        }
    }

    /** Writes pretty JSON atomically: readers see the old file or the new one, never half of one. */
    public static void write(Path file, Object value) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temporary, EnvJson.pretty(value));
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The parsed tree when it passes the schema. */
    static JsonNode parse(Path file, String schema) throws EnvFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw EnvFileException.of(file.toString(), "$", "no such file");
        } catch (IOException e) {
            throw EnvFileException.of(file.toString(), "$", "cannot read the file: " + e.getMessage());
        }
        return parse(file.toString(), bytes, schema);
    }

    static JsonNode parse(String file, byte[] bytes, String schema) throws EnvFileException {
        JsonNode tree;
        try {
            tree = EnvJson.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw EnvFileException.of(file, "$", "not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw EnvFileException.of(file, "$", "cannot read the file: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw EnvFileException.of(file, "$", "the file is empty");
        }
        List<String> problems = new ArrayList<>();
        JsonNode kind = tree.get("kind");
        boolean unknownKind = schema.equals(SchemaCheck.TEMPLATE) && kind != null && kind.isTextual()
                && Arrays.stream(Kind.values()).noneMatch(k -> k.json().equals(kind.asText()));
        if (unknownKind) {
            problems.add(file + ": $.kind: unknown kind " + kind + " (expected one of " + KINDS + ")");
        }
        for (String problem : SchemaCheck.problems(schema, tree)) {
            if (!(unknownKind && problem.startsWith("$.kind:"))) {
                problems.add(file + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new EnvFileException(problems);
        }
        return tree;
    }

    private static <T> T convert(Path file, JsonNode tree, Class<T> type) throws EnvFileException {
        try {
            return EnvJson.MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw EnvFileException.of(file.toString(), "$", "cannot read it as a " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    private static void checkFileName(Path file, String name, List<String> problems) {
        String fileName = file.getFileName().toString();
        if (fileName.endsWith(".json") && !fileName.equals(name + ".json")) {
            problems.add(file + ": $.name: \"" + name + "\" does not match the file name (expected " + name + ".json)");
        }
    }
}
