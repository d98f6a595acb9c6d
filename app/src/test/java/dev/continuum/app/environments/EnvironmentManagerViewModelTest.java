package dev.continuum.app.environments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.app.ui.BackgroundTasks;
import dev.continuum.env.SecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manager's tables and the generated form, without a display. */
class EnvironmentManagerViewModelTest {

    @TempDir
    Path dir;
    Path registry;
    EnvironmentManagerViewModel model;

    @BeforeEach
    void load() throws Exception {
        registry = TestRegistry.create(dir.resolve("registry"), "alice");
        model = new EnvironmentManagerViewModel(BackgroundTasks.direct(), () -> TestRegistry.snapshot(registry, "alice", dir.resolve("data")));
        model.load();
    }

    @Test
    void listsTemplatesAndEnvironmentsWithUpdateAvailable() {
        assertThat(model.templates()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("cluster");
            assertThat(t.kind()).isEqualTo("slurm");
            assertThat(t.version()).isEqualTo(2);
            assertThat(t.signature()).contains("own folder");
        });
        assertThat(model.environments()).singleElement().satisfies(e -> assertThat(e.update()).isEqualTo("update available (version 2)"));
        assertThat(model.adminProperty().get()).isFalse();
    }

    @Test
    void eachFieldNamesItsProblemAndTheFormIsValidOnlyWithoutAny() {
        EnvironmentForm form = model.newEnvironment("cluster").orElseThrow();
        FormField host = field(form, "host");
        FormField port = field(form, "port");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.nameErrorProperty().get()).isEqualTo("name: required");
        assertThat(host.errorProperty().get()).startsWith("host: missing required parameter");
        form.name().set("gpu-box");
        host.text().set("login.example.org");
        port.text().set("abc");
        assertThat(port.errorProperty().get()).isEqualTo("port: expected integer, found \"abc\"");
        assertThat(form.validProperty().get()).isFalse();
        port.text().set("70000");
        assertThat(port.errorProperty().get()).isEqualTo("port: 70000 is above the maximum 65535");
        port.text().set("2222");
        assertThat(port.errorProperty().get()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
        form.name().set("old");
        assertThat(form.nameErrorProperty().get()).contains("already exists");
    }

    @Test
    void aTypedLiteralIsRefusedAsASecretWithoutRepeatingIt() {
        EnvironmentForm form = model.newEnvironment("cluster").orElseThrow();
        field(form, "password").text().set("hunter2");
        assertThat(field(form, "password").errorProperty().get()).startsWith("password: a secret parameter holds only a reference")
                .doesNotContain("hunter2");
    }

    @Test
    void creatingKeepsTheSecretInTheStoreAndOnlyItsReferenceInTheFile() throws Exception {
        EnvironmentForm form = model.newEnvironment("cluster").orElseThrow();
        form.name().set("gpu-box");
        field(form, "host").text().set("login.example.org");
        field(form, "port").text().set("2222");
        field(form, "gpus").text().set("true");
        field(form, "password").secretValue().set("hunter2-very-secret");
        assertThat(form.validProperty().get()).isTrue();
        Path[] created = new Path[1];
        form.create(BackgroundTasks.direct(), file -> created[0] = file);
        assertThat(created[0]).isEqualTo(registry.resolve("environments/gpu-box.json"));
        String json = Files.readString(created[0]);
        assertThat(json).contains("\"port\" : 2222").contains("\"gpus\" : true").contains("store:gpu-box-password")
                .doesNotContain("hunter2");
        assertThat(new SecretStore(dir.resolve("data")).get("gpu-box-password")).contains("hunter2-very-secret");
    }

    @Test
    void deletingRemovesTheFileAndReloads() {
        model.delete("old");
        assertThat(registry.resolve("environments/old.json")).doesNotExist();
        assertThat(model.environments()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Deleted old");
    }

    @Test
    void onlyAnAdminAddsGroupMembers() throws Exception {
        model.addMember("ml", "bob");
        assertThat(model.messageProperty().get()).isEqualTo("Only admins manage groups");
        assertThat(registry.resolve("groups.json")).doesNotExist();

        Files.writeString(registry.resolve("groups.json"), "{\"admins\": [\"alice\"], \"groups\": {\"ml\": [\"carol\"]}}");
        model.load();
        assertThat(model.adminProperty().get()).isTrue();
        model.addMember("ml", "bob");
        assertThat(model.groups()).containsExactly(new EnvironmentManagerViewModel.GroupRow("ml", "bob, carol"));
    }

    private static FormField field(EnvironmentForm form, String name) {
        return form.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
