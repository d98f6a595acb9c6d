package dev.continuum.env;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An environment plus one cell's own extra dependencies. Dependencies are kept sorted and
 * without duplicates, so two cells needing the same set get the same {@link #hash()} and share
 * one built sub-environment.
 */
public record SubEnvironment(String environment, List<String> dependencies) {

    public SubEnvironment {
        dependencies = dependencies == null ? List.of() : List.copyOf(new TreeSet<>(dependencies));
    }

    /** SHA-256 over the canonical JSON of environment and dependencies (the hash field itself excluded). */
    @JsonProperty("hash")
    public String hash() {
        return EnvJson.sha256(EnvJson.canonical(EnvJson.MAPPER.valueToTree(
                Map.of("environment", environment, "dependencies", dependencies))));
    }
}
