package dev.continuum.env;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One field the instantiator fills in, with its type, default and constraints. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Parameter(
        String name,
        ParameterType type,
        @JsonProperty("default") JsonNode defaultValue,
        Boolean required,
        String description,
        Double minimum,
        Double maximum,
        String pattern,
        List<String> values) {

    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }
}
