package dev.continuum.env;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a user's own registry and secrets live: {@code $XDG_CONFIG_HOME/continuum} (templates,
 * environments, groups.json) and {@code $XDG_DATA_HOME/continuum} (secret store and keys).
 *
 * <p>The system properties {@code continuum.config.home} and {@code continuum.data.home} win over
 * the XDG variables, so tests and scripts can point everything at temporary folders.
 */
public record EnvPaths(Path configHome, Path dataHome) {

    public static final String CONFIG_PROPERTY = "continuum.config.home";
    public static final String DATA_PROPERTY = "continuum.data.home";

    public static EnvPaths fromSystem() {
        return from(System.getenv(), System.getProperty(CONFIG_PROPERTY), System.getProperty(DATA_PROPERTY),
                Path.of(System.getProperty("user.home")));
    }

    static EnvPaths from(Map<String, String> environment, String configProperty, String dataProperty, Path home) {
        Path config = pick(configProperty, environment.get("XDG_CONFIG_HOME"), home.resolve(".config"));
        Path data = pick(dataProperty, environment.get("XDG_DATA_HOME"), home.resolve(".local/share"));
        return new EnvPaths(config, data);
    }

    private static Path pick(String property, String variable, Path fallback) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        // the XDG spec: a relative path in the variable is invalid and must be ignored
        if (variable != null && !variable.isBlank() && Path.of(variable).isAbsolute()) {
            return Path.of(variable);
        }
        return fallback;
    }

    /** The user's own registry folder. */
    public Path userRegistry() {
        return configHome.resolve("continuum");
    }

    /**
     * The shared registry folders the user has added: {@code registries.txt} in their own
     * folder, one absolute path a line ({@code #} starts a comment).
     */
    public java.util.List<Path> sharedRegistries() throws java.io.IOException {
        Path list = userRegistry().resolve("registries.txt");
        if (!java.nio.file.Files.exists(list)) {
            return java.util.List.of();
        }
        return java.nio.file.Files.readAllLines(list).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(Path::of).toList();
    }

    /** Private data: the secret store, its key, the admin's signing key. */
    public Path dataDir() {
        return dataHome.resolve("continuum");
    }
}
