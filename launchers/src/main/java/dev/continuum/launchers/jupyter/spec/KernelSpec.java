package dev.continuum.launchers.jupyter.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.continuum.launchers.jupyter.wire.Json;
import dev.continuum.launchers.jupyter.wire.NotebookJson;
import dev.continuum.notebook.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An installed kernel as its {@code kernel.json} describes it: how to start it ({@code argv}, with
 * {@code {connection_file}} and {@code {resource_dir}} placeholders, and extra {@code env}), what
 * to call it, and how to interrupt it. {@code resourceDir} is the folder holding kernel.json.
 */
public record KernelSpec(String name, Path resourceDir, List<String> argv, String displayName, String language,
                         InterruptMode interruptMode, Map<String, String> env, JsonObject metadata) {

    public static final String FILE_NAME = "kernel.json";

    public KernelSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resourceDir, "resourceDir");
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("kernel '" + name + "' has an empty argv");
        }
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(interruptMode, "interruptMode");
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
        Objects.requireNonNull(metadata, "metadata");
    }

    /** Reads {@code resourceDir/kernel.json}; the kernel's name is the folder's name, lower-cased as Jupyter does. */
    public static KernelSpec read(Path resourceDir) throws InvalidKernelSpecException {
        Path file = resourceDir.resolve(FILE_NAME);
        String name = resourceDir.getFileName().toString().toLowerCase(Locale.ROOT);
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidKernelSpecException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidKernelSpecException(file + ": not a JSON object");
        }
        JsonNode argvNode = root.get("argv");
        if (argvNode == null || !argvNode.isArray() || argvNode.isEmpty()) {
            throw new InvalidKernelSpecException(file + ": 'argv' must be a non-empty list of strings");
        }
        List<String> argv = new ArrayList<>();
        for (JsonNode arg : argvNode) {
            if (!arg.isTextual()) {
                throw new InvalidKernelSpecException(file + ": 'argv' must be a non-empty list of strings");
            }
            argv.add(arg.asText());
        }
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode envNode = root.path("env");
        if (envNode.isObject()) {
            for (Map.Entry<String, JsonNode> entry : envNode.properties()) {
                env.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return new KernelSpec(name, resourceDir, argv,
                root.path("display_name").asText(name),
                root.path("language").asText(""),
                InterruptMode.parse(root.path("interrupt_mode").asText("signal")),
                env,
                NotebookJson.object(root.get("metadata")));
    }
}
