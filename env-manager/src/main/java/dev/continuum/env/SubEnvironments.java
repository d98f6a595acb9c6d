package dev.continuum.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sub-environments kept by content: {@code sub-environments/HEX.json}, HEX being the SHA-256 of
 * the canonical JSON. Asking for one that exists returns the existing file, so two cells with the
 * same environment and dependencies share one (and the launcher builds its image once).
 */
public final class SubEnvironments {

    private final Path folder;

    public SubEnvironments(Path registryRoot) {
        this.folder = registryRoot.resolve("sub-environments");
    }

    public Path file(SubEnvironment sub) {
        return folder.resolve(sub.hash().substring("sha256:".length()) + ".json");
    }

    /** The file holding {@code sub}, written only if no identical one exists yet. */
    public Path reuseOrCreate(SubEnvironment sub) throws IOException {
        Path file = file(sub);
        if (!Files.exists(file)) {
            EnvFiles.write(file, sub);
        }
        return file;
    }
}
