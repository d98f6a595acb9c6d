package dev.continuum.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's folder plus shared folders; names resolve, unknown names say what is known. */
class RegistryTest {

    @TempDir
    Path dir;

    private final Identity alice = new Identity("alice", false, Set.of("ml"));
    private final Identity bob = new Identity("bob", false, Set.of());

    @Test
    void xdgPathsFollowPropertiesThenVariablesThenHome() {
        Path home = Path.of("/home/u");
        assertThat(EnvPaths.from(Map.of(), null, null, home).userRegistry()).isEqualTo(Path.of("/home/u/.config/continuum"));
        assertThat(EnvPaths.from(Map.of("XDG_CONFIG_HOME", "/x", "XDG_DATA_HOME", "/d"), null, null, home))
                .isEqualTo(new EnvPaths(Path.of("/x"), Path.of("/d")));
        assertThat(EnvPaths.from(Map.of("XDG_CONFIG_HOME", "relative"), null, null, home).configHome()).isEqualTo(Path.of("/home/u/.config"));
        assertThat(EnvPaths.from(Map.of("XDG_CONFIG_HOME", "/x"), "/p", "/q", home).dataDir()).isEqualTo(Path.of("/q/continuum"));
    }

    @Test
    void createResolveAndDeleteInTheUsersFolder() throws Exception {
        Path user = dir.resolve("user");
        EnvFiles.write(RegistryFolder.user(user).templateFile("gpu"), EnvFilesTest.gpuTemplate(1));
        Registry registry = Registry.load(user, List.of());
        registry.createEnvironment(alice, "my-gpu", "gpu", Map.of("host", TextNode.valueOf("login.lab")));

        Registry again = Registry.load(user, List.of());
        assertThat(again.problems()).isEmpty();
        Resolution resolution = again.resolve("my-gpu", alice);
        assertThat(resolution).isInstanceOfSatisfying(Resolution.Found.class, found -> {
            assertThat(found.environment().owner()).isEqualTo("alice");
            assertThat(found.file()).isEqualTo(user.resolve("environments/my-gpu.json"));
            assertThat(found.updateAvailable()).isFalse();
        });
        assertThat(again.resolve("my-gpu", bob)).isEqualTo(new Resolution.Unknown("my-gpu", List.of()));
        assertThat(((Resolution.Unknown) again.resolve("laptop", alice)).message()).isEqualTo("unknown environment laptop (known: my-gpu)");

        assertThatThrownBy(() -> again.deleteEnvironment(bob, "my-gpu")).hasMessage("unknown environment my-gpu (known: none)");
        again.deleteEnvironment(alice, "my-gpu");
        assertThat(Files.exists(user.resolve("environments/my-gpu.json"))).isFalse();
    }

    @Test
    void aNewerTemplateShowsUpdateAvailable() throws Exception {
        Path user = dir.resolve("user");
        EnvFiles.write(RegistryFolder.user(user).templateFile("gpu"), EnvFilesTest.gpuTemplate(1));
        Registry.load(user, List.of()).createEnvironment(alice, "my-gpu", "gpu", Map.of("host", TextNode.valueOf("h")));
        EnvFiles.write(RegistryFolder.user(user).templateFile("gpu"), EnvFilesTest.gpuTemplate(2));
        Resolution.Found found = (Resolution.Found) Registry.load(user, List.of()).resolve("my-gpu", alice);
        assertThat(found.updateAvailable()).isTrue();
    }

    @Test
    void createChecksValuesAndVisibility() throws Exception {
        Path user = dir.resolve("user");
        EnvFiles.write(RegistryFolder.user(user).templateFile("gpu"), EnvFilesTest.gpuTemplate(1));
        Registry registry = Registry.load(user, List.of());
        assertThatThrownBy(() -> registry.createEnvironment(alice, "e", "gpu", Map.of("port", TextNode.valueOf("abc"))))
                .hasMessageContaining(user.resolve("environments/e.json") + ": $.parameters.port: expected integer, found \"abc\"")
                .hasMessageContaining("$.parameters.host: missing required parameter \"host\"");
        assertThatThrownBy(() -> registry.createEnvironment(bob, "e", "gpu", Map.of()))
                .hasMessage("unknown template gpu (known: none)");
        registry.createEnvironment(alice, "e", "gpu", Map.of("host", TextNode.valueOf("h"), "port", IntNode.valueOf(22)));
        assertThatThrownBy(() -> registry.createEnvironment(alice, "e", "gpu", Map.of("host", TextNode.valueOf("h"))))
                .hasMessageStartingWith("an environment named e already exists");
    }

    @Test
    void aTemplateWithoutOwnerInTheUsersOwnFolderIsTheirs() throws Exception {
        Path user = dir.resolve("user");
        Template gpu = EnvFilesTest.gpuTemplate(1);
        Template unowned = new Template(gpu.name(), gpu.version(), gpu.kind(), gpu.description(), gpu.parameters(), gpu.resources(),
                gpu.baseImage(), gpu.packages(), gpu.labels(), null, List.of());
        EnvFiles.write(RegistryFolder.user(user).templateFile("gpu"), unowned);
        Registry registry = Registry.load(user, List.of());
        assertThat(registry.templates(bob)).extracting(e -> e.value().name()).containsExactly("gpu");
        registry.createEnvironment(bob, "mine", "gpu", Map.of("host", TextNode.valueOf("h")));
        assertThat(registry.resolve("mine", bob)).isInstanceOf(Resolution.Found.class);
    }

    @Test
    void theUsersFolderWinsAndBadFilesAreReportedNotFatal() throws Exception {
        Path user = dir.resolve("user");
        Path lab = dir.resolve("lab");
        Environment mine = new Environment("e", "gpu", 1, "mine", Map.of(), Map.of(), "alice", List.of());
        Environment theirs = new Environment("e", "gpu", 1, "lab's", Map.of(), Map.of(), "alice", List.of());
        EnvFiles.write(RegistryFolder.user(user).environmentFile("e"), mine);
        EnvFiles.write(RegistryFolder.shared(lab).environmentFile("e"), theirs);
        Files.writeString(RegistryFolder.shared(lab).environmentFile("broken"), "{");
        Registry registry = Registry.load(user, List.of(lab));
        assertThat(registry.environment("e").orElseThrow().value().description()).isEqualTo("mine");
        assertThat(registry.problems()).singleElement().asString().startsWith(lab.resolve("environments/broken.json") + ": $: not valid JSON");
    }
}
