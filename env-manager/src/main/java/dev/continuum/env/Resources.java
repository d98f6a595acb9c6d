package dev.continuum.env;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What an environment asks for: CPUs, memory (e.g. {@code 16G}), GPUs, wall time ({@code [D-]HH:MM:SS}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resources(Integer cpus, String memory, Integer gpus, @JsonProperty("wall_time") String wallTime) {
}
