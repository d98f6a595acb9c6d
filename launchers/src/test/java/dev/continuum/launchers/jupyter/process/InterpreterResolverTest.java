package dev.continuum.launchers.jupyter.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterpreterResolverTest {

    @TempDir
    Path dir;

    /** A python3 first on PATH that, like a bare pyenv or venv interpreter, cannot import ipykernel. */
    private Path pathWithPythonLackingModules() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path python = bin.resolve("python3");
        Files.writeString(python, "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void aBarePython3WhoseFirstOnPathLacksTheModuleResolvesToOneThatHasIt() throws Exception {
        Path bin = pathWithPythonLackingModules();
        List<String> argv = List.of("python3", "-m", "ipykernel_launcher", "-f", "/tmp/c.json");

        List<String> resolved = new InterpreterResolver().resolve(argv, Map.of("PATH", bin + ":/usr/bin:/bin"));

        assertThat(resolved).containsExactly("/usr/bin/python3", "-m", "ipykernel_launcher", "-f", "/tmp/c.json");
    }

    @Test
    void anInterpreterNamedByPathIsLeftAlone() throws Exception {
        List<String> argv = List.of("/opt/conda/bin/python", "-m", "ipykernel_launcher");
        assertThat(new InterpreterResolver().resolve(argv, Map.of("PATH", "/usr/bin"))).isEqualTo(argv);
    }

    @Test
    void whenNoInterpreterHasTheModuleTheErrorNamesEveryOneTried() throws Exception {
        Path bin = pathWithPythonLackingModules();
        List<String> argv = List.of("python3", "-m", "no_such_kernel_module", "-f", "x");

        assertThatThrownBy(() -> new InterpreterResolver().resolve(argv, Map.of("PATH", bin.toString())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no_such_kernel_module")
                .hasMessageContaining(bin.resolve("python3").toString())
                .hasMessageContaining("/usr/bin/python3");
    }
}
