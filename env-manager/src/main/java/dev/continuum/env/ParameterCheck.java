package dev.continuum.env;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks parameter values (an environment's, or a template's defaults) against the template's declarations. */
public final class ParameterCheck {

    private ParameterCheck() {
    }

    /** Problems of an environment's values as {@code $.parameters.NAME: message}. */
    public static List<String> values(Template template, Map<String, JsonNode> values) {
        List<String> problems = new ArrayList<>();
        for (Parameter parameter : template.parameters()) {
            JsonNode value = values.get(parameter.name());
            String path = "$.parameters." + parameter.name();
            if (value == null) {
                if (parameter.isRequired() && parameter.defaultValue() == null) {
                    problems.add(path + ": missing required parameter \"" + parameter.name() + "\" of template " + template.name());
                }
                continue;
            }
            String problem = problem(parameter, value);
            if (problem != null) {
                problems.add(path + ": " + problem);
            }
        }
        for (String name : values.keySet()) {
            if (template.parameter(name).isEmpty()) {
                problems.add("$.parameters." + name + ": template " + template.name() + " has no parameter \"" + name + "\"");
            }
        }
        return problems;
    }

    /** Problems of the template's own defaults and patterns. */
    public static List<String> defaults(Template template) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < template.parameters().size(); i++) {
            Parameter parameter = template.parameters().get(i);
            if (parameter.pattern() != null) {
                try {
                    Pattern.compile(parameter.pattern());
                } catch (PatternSyntaxException e) {
                    problems.add("$.parameters[" + i + "].pattern: not a regular expression: " + e.getDescription());
                    continue;
                }
            }
            if (parameter.defaultValue() != null) {
                String problem = problem(parameter, parameter.defaultValue());
                if (problem != null) {
                    problems.add("$.parameters[" + i + "].default: " + problem);
                }
            }
        }
        return problems;
    }

    /** What is wrong with one value, or null. Never quotes a value given for a secret. */
    static String problem(Parameter parameter, JsonNode value) {
        return switch (parameter.type()) {
            case STRING, PATH -> !value.isTextual() ? expected(parameter, value)
                    : parameter.pattern() != null && !Pattern.compile(parameter.pattern()).matcher(value.asText()).matches()
                    ? EnvJson.show(value) + " does not match the pattern " + parameter.pattern() : null;
            case INTEGER -> !value.isIntegralNumber() ? expected(parameter, value) : range(parameter, value.asDouble());
            case NUMBER -> !value.isNumber() ? expected(parameter, value) : range(parameter, value.asDouble());
            case BOOLEAN -> !value.isBoolean() ? expected(parameter, value) : null;
            case ENUM -> !value.isTextual() || !parameter.values().contains(value.asText())
                    ? "expected one of " + String.join(", ", parameter.values()) + ", found " + EnvJson.show(value) : null;
            case SECRET -> value.isTextual() && SecretRef.parse(value.asText()).isPresent() ? null
                    : "a secret parameter holds only a reference (" + SecretRef.DESCRIPTION + "), never the secret itself";
        };
    }

    private static String expected(Parameter parameter, JsonNode value) {
        String type = parameter.type() == ParameterType.PATH ? "path (a string)" : parameter.type().name().toLowerCase(java.util.Locale.ROOT);
        return "expected " + type + ", found " + EnvJson.show(value);
    }

    private static String range(Parameter parameter, double number) {
        if (parameter.minimum() != null && number < parameter.minimum()) {
            return number(number) + " is below the minimum " + number(parameter.minimum());
        }
        if (parameter.maximum() != null && number > parameter.maximum()) {
            return number(number) + " is above the maximum " + number(parameter.maximum());
        }
        return null;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
