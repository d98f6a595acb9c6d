package dev.continuum.launchers.jupyter.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.continuum.launchers.jupyter.Python;
import dev.continuum.launchers.jupyter.wire.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecsTest {

    @TempDir
    Path dir;

    @Test
    void aKernelInJupyterPathIsFoundWithEverythingItsKernelJsonSays() throws Exception {
        Path custom = dir.resolve("extra");
        writeSpec(custom, "Echo-Kernel", """
                {"argv": ["python3", "-m", "echo_kernel", "-f", "{connection_file}"],
                 "display_name": "Echo", "language": "echo", "interrupt_mode": "message",
                 "env": {"ECHO_MODE": "loud", "PATH": "${HOME}/bin"},
                 "metadata": {"z": 1, "a": {"debugger": false}}}
                """);
        KernelSpecs specs = new KernelSpecs(paths(Map.of("JUPYTER_PATH", custom.toString())).kernelDirs());

        KernelSpec spec = specs.get("echo-kernel");

        assertThat(spec.name()).isEqualTo("echo-kernel");
        assertThat(spec.resourceDir()).isEqualTo(custom.resolve("kernels/Echo-Kernel"));
        assertThat(spec.argv()).containsExactly("python3", "-m", "echo_kernel", "-f", "{connection_file}");
        assertThat(spec.displayName()).isEqualTo("Echo");
        assertThat(spec.language()).isEqualTo("echo");
        assertThat(spec.interruptMode()).isEqualTo(InterruptMode.MESSAGE);
        assertThat(spec.env()).containsExactly(Map.entry("ECHO_MODE", "loud"), Map.entry("PATH", "${HOME}/bin"));
        assertThat(spec.metadata().keys()).containsExactly("z", "a");
        assertThat(specs.list()).extracting(KernelSpec::name).contains("echo-kernel");
    }

    @Test
    void theFirstFolderWinsWhenTwoHoldTheSameKernelName() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        writeSpec(first, "twin", "{\"argv\": [\"a\"], \"display_name\": \"First\", \"language\": \"x\"}");
        writeSpec(second, "twin", "{\"argv\": [\"b\"], \"display_name\": \"Second\", \"language\": \"x\"}");
        KernelSpecs specs = new KernelSpecs(List.of(first.resolve("kernels"), second.resolve("kernels")));

        assertThat(specs.get("twin").displayName()).isEqualTo("First");
        assertThat(specs.list()).filteredOn(spec -> spec.name().equals("twin"))
                .singleElement().extracting(KernelSpec::displayName).isEqualTo("First");
    }

    @Test
    void aBrokenKernelJsonHidesOnlyThatKernel() throws Exception {
        Path folder = dir.resolve("share");
        writeSpec(folder, "broken", "{\"display_name\": \"no argv\"}");
        writeSpec(folder, "garbled", "{not json");
        writeSpec(folder, "fine", "{\"argv\": [\"x\"], \"display_name\": \"Fine\", \"language\": \"x\"}");
        KernelSpecs specs = new KernelSpecs(List.of(folder.resolve("kernels")));

        assertThat(specs.list()).extracting(KernelSpec::name).containsExactly("fine");
        assertThat(specs.find("broken")).isEmpty();
        assertThatThrownBy(() -> specs.get("broken")).isInstanceOf(NoSuchKernelException.class)
                .hasMessageContaining("broken").hasMessageContaining("fine");
        assertThatThrownBy(() -> KernelSpec.read(folder.resolve("kernels/broken")))
                .isInstanceOf(InvalidKernelSpecException.class).hasMessageContaining("argv");
    }

    @Test
    void debiansPython3KernelIsAmongTheInstalledOnes() {
        KernelSpec python = KernelSpecs.installed().find("python3").orElseThrow();

        assertThat(python.language()).isEqualTo("python");
        assertThat(python.argv()).contains("-m", "ipykernel_launcher", "{connection_file}");
        assertThat(python.interruptMode()).isEqualTo(InterruptMode.SIGNAL);
        assertThat(KernelSpecs.installed().searchPath()).contains(Path.of("/usr/share/jupyter/kernels"));
    }

    @Test
    void theSearchPathIsJupyterCoresOwn() throws Exception {
        Map<String, String> env = Map.of(
                "HOME", dir.resolve("home").toString(),
                "JUPYTER_PATH", dir.resolve("a") + ":" + dir.resolve("b"),
                "XDG_DATA_HOME", dir.resolve("xdg").toString());

        List<Path> jupyters = new ArrayList<>();
        for (JsonNode path : Json.MAPPER.readTree(Python.run(
                "import json; from jupyter_core.paths import jupyter_path; print(json.dumps(jupyter_path('kernels')))", env))) {
            jupyters.add(Path.of(path.asText()));
        }

        assertThat(paths(env).kernelDirs()).containsExactlyElementsOf(jupyters);
        assertThat(jupyters).startsWith(dir.resolve("a/kernels"), dir.resolve("b/kernels"), dir.resolve("xdg/jupyter/kernels"));
    }

    @Test
    void theKernelsFoundAreTheOnesJupyterClientFinds() throws Exception {
        Path extra = dir.resolve("extra");
        writeSpec(extra, "mine", "{\"argv\": [\"x\"], \"display_name\": \"Mine\", \"language\": \"x\"}");
        writeSpec(extra, "python3", "{\"argv\": [\"y\"], \"display_name\": \"Shadowing\", \"language\": \"python\"}");
        Map<String, String> env = Map.of("HOME", dir.resolve("home").toString(), "JUPYTER_PATH", extra.toString());

        JsonNode jupyters = Json.MAPPER.readTree(Python.run("""
                import json
                from jupyter_client.kernelspec import KernelSpecManager
                print(json.dumps(KernelSpecManager().find_kernel_specs()))""", env));
        Map<String, Path> expected = new HashMap<>();
        jupyters.properties().forEach(e -> expected.put(e.getKey(), Path.of(e.getValue().asText())));

        Map<String, Path> ours = new HashMap<>();
        new KernelSpecs(paths(env).kernelDirs()).list().forEach(spec -> ours.put(spec.name(), spec.resourceDir()));
        assertThat(ours).isEqualTo(expected);
        assertThat(ours.get("python3")).isEqualTo(extra.resolve("kernels/python3"));
    }

    @Test
    void theUserDataFolderFollowsJupyterDataDirThenXdgThenHome() {
        Path home = Path.of("/home/ada");
        assertThat(new JupyterPaths(Map.of(), home, "Linux").userDataDir()).isEqualTo(Path.of("/home/ada/.local/share/jupyter"));
        assertThat(new JupyterPaths(Map.of("XDG_DATA_HOME", "/x"), home, "Linux").userDataDir()).isEqualTo(Path.of("/x/jupyter"));
        assertThat(new JupyterPaths(Map.of("XDG_DATA_HOME", "/x", "JUPYTER_DATA_DIR", "/d"), home, "Linux").userDataDir())
                .isEqualTo(Path.of("/d"));
        assertThat(new JupyterPaths(Map.of(), home, "Mac OS X").userDataDir()).isEqualTo(Path.of("/home/ada/Library/Jupyter"));
    }

    @Test
    void anActiveVirtualenvComesAfterTheUserUnlessPreferred() {
        Path home = Path.of("/home/ada");
        Map<String, String> env = new HashMap<>(Map.of("VIRTUAL_ENV", "/venv"));
        assertThat(new JupyterPaths(env, home, "Linux").dataDirs()).containsExactly(
                Path.of("/home/ada/.local/share/jupyter"), Path.of("/venv/share/jupyter"),
                Path.of("/usr/local/share/jupyter"), Path.of("/usr/share/jupyter"));
        env.put("JUPYTER_PREFER_ENV_PATH", "1");
        assertThat(new JupyterPaths(env, home, "Linux").dataDirs()).startsWith(
                Path.of("/venv/share/jupyter"), Path.of("/home/ada/.local/share/jupyter"));
        assertThat(new JupyterPaths(Map.of("JUPYTER_DATA_DIR", "/d"), home, "Linux").dataDirs().get(0)).isEqualTo(Path.of("/d"));
    }

    private JupyterPaths paths(Map<String, String> env) {
        Map<String, String> full = new HashMap<>(env);
        full.putIfAbsent("HOME", dir.resolve("home").toString());
        return new JupyterPaths(full, Path.of(full.get("HOME")), "Linux");
    }

    private static void writeSpec(Path dataDir, String name, String json) throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve("kernels").resolve(name));
        Files.writeString(folder.resolve("kernel.json"), json);
    }
}
