package dev.continuum.env;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a template parameter holds; {@link #SECRET} values are only ever references. */
public enum ParameterType {
    @JsonProperty("string") STRING,
    @JsonProperty("integer") INTEGER,
    @JsonProperty("number") NUMBER,
    @JsonProperty("boolean") BOOLEAN,
    @JsonProperty("path") PATH,
    @JsonProperty("enum") ENUM,
    @JsonProperty("secret") SECRET
}
