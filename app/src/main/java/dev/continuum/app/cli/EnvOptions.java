package dev.continuum.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.continuum.env.EnvJson;
import dev.continuum.env.EnvPaths;
import dev.continuum.env.Identity;
import dev.continuum.env.Registry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options every {@code env} subcommand shares. {@code --config-dir} and {@code --data-dir} are
 * hidden: they replace {@code $XDG_CONFIG_HOME} and {@code $XDG_DATA_HOME} so tests and scripts
 * never touch the real home (the system properties {@code continuum.config.home} and
 * {@code continuum.data.home} do the same).
 */
final class EnvOptions {

    @Option(names = "--json", description = "Print the result as JSON, for scripts.")
    boolean json;

    @Option(names = "--registry", paramLabel = "DIR",
            description = "A shared registry folder, in addition to those listed in registries.txt (repeatable).")
    List<Path> registries = new ArrayList<>();

    @Option(names = "--config-dir", hidden = true, paramLabel = "DIR", description = "Instead of $XDG_CONFIG_HOME.")
    Path configDir;

    @Option(names = "--data-dir", hidden = true, paramLabel = "DIR", description = "Instead of $XDG_DATA_HOME.")
    Path dataDir;

    EnvPaths paths() {
        EnvPaths system = EnvPaths.fromSystem();
        return new EnvPaths(configDir != null ? configDir : system.configHome(), dataDir != null ? dataDir : system.dataHome());
    }

    List<Path> sharedRegistries() throws IOException {
        List<Path> all = new ArrayList<>(paths().sharedRegistries());
        registries.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return all;
    }

    Registry registry() throws IOException {
        return Registry.load(paths().userRegistry(), sharedRegistries());
    }

    /** The user running the command, as the registries' groups.json files describe them. */
    static Identity identity(Registry registry) {
        return registry.groups().identify(System.getProperty("user.name"));
    }

    /** Files the registry left out: warnings on stderr (in JSON output they are a "problems" field instead). */
    void warn(Registry registry, PrintWriter err) {
        if (!json) {
            registry.problems().forEach(problem -> err.println("warning: " + problem));
        }
    }

    static String pretty(Object value) throws JsonProcessingException {
        return EnvJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
