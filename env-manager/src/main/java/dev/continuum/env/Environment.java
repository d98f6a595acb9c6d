package dev.continuum.env;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An instance of a template, read from {@code environments/NAME.json}: the template name and
 * version it came from and its parameter values (secret ones only as references).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Environment(
        String name,
        String template,
        @JsonProperty("template_version") int templateVersion,
        String description,
        Map<String, JsonNode> parameters,
        Map<String, String> labels,
        String owner,
        @JsonProperty("shared_with") List<String> sharedWith) {

    public Environment {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
    }

    /** True when the template has moved on since this environment was made from it. */
    public boolean updateAvailable(Template current) {
        return current.name().equals(template) && current.version() > templateVersion;
    }
}
