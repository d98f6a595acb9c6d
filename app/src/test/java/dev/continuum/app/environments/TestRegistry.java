package dev.continuum.app.environments;

import dev.continuum.env.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A user registry folder with one template of every parameter type, for the UI tests. */
public final class TestRegistry {

    private TestRegistry() {
    }

    public static Path create(Path folder, String user) throws IOException {
        Files.createDirectories(folder.resolve("templates"));
        Files.createDirectories(folder.resolve("environments"));
        Files.writeString(folder.resolve("templates/cluster.json"), """
                {"name": "cluster", "version": 2, "kind": "slurm", "owner": "%s",
                 "description": "The lab's Slurm cluster",
                 "parameters": [
                   {"name": "host", "type": "string", "required": true, "description": "Login node"},
                   {"name": "port", "type": "integer", "minimum": 1, "maximum": 65535},
                   {"name": "gpus", "type": "boolean"},
                   {"name": "partition", "type": "enum", "values": ["cpu", "gpu"], "default": "cpu"},
                   {"name": "workdir", "type": "path"},
                   {"name": "password", "type": "secret"}
                 ]}""".formatted(user));
        Files.writeString(folder.resolve("environments/old.json"), """
                {"name": "old", "template": "cluster", "template_version": 1, "owner": "%s",
                 "parameters": {"host": "login.example.org"}}""".formatted(user));
        return folder;
    }

    public static EnvironmentChoices.Snapshot snapshot(Path folder, String user, Path dataDir) {
        Registry registry = Registry.load(folder, List.of());
        return new EnvironmentChoices.Snapshot(registry, registry.groups().identify(user), dataDir);
    }
}
