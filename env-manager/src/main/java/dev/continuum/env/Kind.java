package dev.continuum.env;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** Where an environment runs; each kind has one launcher. */
public enum Kind {
    @JsonProperty("local") LOCAL,
    @JsonProperty("docker") DOCKER,
    @JsonProperty("ssh") SSH,
    @JsonProperty("slurm") SLURM,
    @JsonProperty("kubernetes") KUBERNETES,
    @JsonProperty("edge") EDGE;

    /** The name used in JSON files and on the command line. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
