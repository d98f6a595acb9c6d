package dev.continuum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The "must not depend on" column of DESIGN.md, enforced on every build: a module's main sources
 * never import what the design keeps out of it.
 */
class ModuleBoundariesTest {

    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "notebook-model", List.of("javafx.", "com.fasterxml.jackson.", "dev.continuum.ipynb.", "dev.continuum.launchers.", "java.net."),
            "ipynb-io", List.of("javafx.", "dev.continuum.app."),
            "env-manager", List.of("javafx.", "dev.continuum.launchers."),
            "compiler", List.of("javafx.", "dev.continuum.launchers."),
            "launchers", List.of("javafx."));

    @Test
    void noModuleImportsWhatTheDesignForbids() {
        Path root = projectRoot();
        List<String> violations = new ArrayList<>();
        FORBIDDEN.forEach((module, prefixes) -> {
            Path sources = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                return;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                    for (String line : readLines(file)) {
                        String trimmed = line.strip();
                        if (trimmed.startsWith("import ")) {
                            String imported = trimmed.replace("import static ", "").replace("import ", "");
                            prefixes.stream().filter(imported::startsWith)
                                    .forEach(p -> violations.add(module + ": " + root.relativize(file) + " imports " + imported));
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(violations).isEmpty();
        assertThat(root.resolve("notebook-model/src/main/java")).isDirectory();
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("notebook-model"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("project root above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
