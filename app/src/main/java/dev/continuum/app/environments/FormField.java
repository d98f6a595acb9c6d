package dev.continuum.app.environments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.continuum.env.Parameter;
import dev.continuum.env.ParameterType;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One parameter of the new-environment form, as text the user types (booleans as
 * {@code true}/{@code false}). A secret field holds a reference; the secret itself, when the user
 * types one, goes only into {@link #secretValue()} and from there into the encrypted store.
 */
public final class FormField {

    private final Parameter parameter;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty secretValue = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    FormField(Parameter parameter) {
        this.parameter = parameter;
        if (parameter.defaultValue() != null && parameter.type() != ParameterType.SECRET) {
            text.set(parameter.defaultValue().asText());
        } else if (parameter.type() == ParameterType.BOOLEAN) {
            text.set("false");
        }
    }

    public Parameter parameter() {
        return parameter;
    }

    public String name() {
        return parameter.name();
    }

    public ParameterType type() {
        return parameter.type();
    }

    public StringProperty text() {
        return text;
    }

    /** Only for secrets: a value to keep in the secret store (never in the environment file). */
    public StringProperty secretValue() {
        return secretValue;
    }

    /** What is wrong with this field, naming it; empty when it is fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String message) {
        error.set(message == null ? "" : message);
    }

    /** The JSON value, or null when left empty (the template's default then applies). */
    JsonNode value(String storeReference) {
        String typed = text.get().strip();
        if (parameter.type() == ParameterType.SECRET && typed.isEmpty() && !secretValue.get().isEmpty()) {
            typed = storeReference;
        }
        if (typed.isEmpty()) {
            return null;
        }
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (parameter.type()) {
            case INTEGER -> parse(typed, true);
            case NUMBER -> parse(typed, false);
            case BOOLEAN -> typed.equals("true") || typed.equals("false") ? json.booleanNode(Boolean.parseBoolean(typed)) : json.textNode(typed);
            default -> json.textNode(typed);
        };
    }

    private static JsonNode parse(String typed, boolean integer) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        try {
            return integer ? json.numberNode(Long.parseLong(typed)) : json.numberNode(Double.parseDouble(typed));
        } catch (NumberFormatException e) {
            return json.textNode(typed); // the check then says "expected integer, found ..."
        }
    }
}
