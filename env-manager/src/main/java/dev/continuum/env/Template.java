package dev.continuum.env;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A blueprint for environments, read from {@code templates/NAME.json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Template(
        String name,
        int version,
        Kind kind,
        String description,
        List<Parameter> parameters,
        Resources resources,
        @JsonProperty("base_image") String baseImage,
        List<String> packages,
        Map<String, String> labels,
        String owner,
        @JsonProperty("shared_with") List<String> sharedWith) {

    public Template {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        packages = packages == null ? List.of() : List.copyOf(packages);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** The same template shared with more principals ({@code user:NAME} or {@code group:NAME}). */
    public Template sharedAlsoWith(String principal) {
        if (sharedWith.contains(principal)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(sharedWith);
        more.add(principal);
        return new Template(name, version, kind, description, parameters, resources, baseImage, packages, labels, owner, more);
    }
}
