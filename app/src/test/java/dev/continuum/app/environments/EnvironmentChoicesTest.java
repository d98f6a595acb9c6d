package dev.continuum.app.environments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.app.ui.BackgroundTasks;
import dev.continuum.env.Registry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names the choosers offer, read from a registry folder. */
class EnvironmentChoicesTest {

    @TempDir
    Path dir;

    @Test
    void localComesFirstThenTheUsersOwnEnvironments() throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.createDirectories(dir.resolve("environments"));
        Files.writeString(dir.resolve("templates/box.json"), """
                {"name": "box", "version": 1, "kind": "ssh", "owner": "alice",
                 "parameters": [{"name": "host", "type": "string", "required": true}]}""");
        Files.writeString(dir.resolve("environments/lab.json"), """
                {"name": "lab", "template": "box", "template_version": 1, "owner": "alice",
                 "parameters": {"host": "lab.example.org"}}""");
        EnvironmentChoices choices = new EnvironmentChoices();
        assertThat(choices.isKnown("anything")).isTrue(); // not loaded yet: nothing is marked
        choices.load(BackgroundTasks.direct(), () -> {
            Registry registry = Registry.load(dir, List.of());
            return new EnvironmentChoices.Snapshot(registry, registry.groups().identify("alice"));
        });
        assertThat(choices.names()).containsExactly("local", "lab");
        assertThat(choices.isKnown("lab")).isTrue();
        assertThat(choices.isKnown("gpu")).isFalse();
        assertThat(choices.unknownMessage("gpu")).isEqualTo("unknown environment gpu (known: lab)");
    }

    @Test
    void aRegistryThatCannotBeReadLeavesOnlyLocal() {
        EnvironmentChoices choices = new EnvironmentChoices();
        choices.load(BackgroundTasks.direct(), () -> {
            throw new java.io.IOException("no such folder");
        });
        assertThat(choices.names()).containsExactly("local");
        assertThat(choices.isLoaded()).isTrue();
    }
}
