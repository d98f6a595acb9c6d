package dev.continuum.app.environments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.continuum.app.ui.BackgroundTasks;
import dev.continuum.env.Identity;
import dev.continuum.env.ParameterCheck;
import dev.continuum.env.ParameterType;
import dev.continuum.env.Registry;
import dev.continuum.env.SecretStore;
import dev.continuum.env.Template;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "new environment" form generated from a template's parameters. Every change re-checks the
 * values with the same rules the registry applies when it writes the file ({@link ParameterCheck}),
 * so the form shows each problem beside its field and creating is possible only when there is none.
 */
public final class EnvironmentForm {

    private static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private final Registry registry;
    private final Identity who;
    private final Template template;
    private final Path dataDir;
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final List<FormField> fields;
    /** Copied once: the registry itself is changed by {@link #create} off the UI thread. */
    private final java.util.Set<String> taken;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    EnvironmentForm(Registry registry, Identity who, Template template, Path dataDir) {
        this.registry = registry;
        this.who = who;
        this.template = template;
        this.dataDir = dataDir;
        this.fields = template.parameters().stream().map(FormField::new).toList();
        this.taken = registry.environments().stream().map(e -> e.value().name()).collect(java.util.stream.Collectors.toSet());
        name.addListener((obs, old, now) -> check());
        fields.forEach(f -> {
            f.text().addListener((obs, old, now) -> check());
            f.secretValue().addListener((obs, old, now) -> check());
        });
        check();
    }

    public Template template() {
        return template;
    }

    public StringProperty name() {
        return name;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public List<FormField> fields() {
        return fields;
    }

    /** True when every field is fine: the view enables Create only then. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Whether secrets can be kept in the local store here (else only references are possible). */
    public boolean hasSecretStore() {
        return dataDir != null;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private String storeReference(FormField field) {
        return "store:" + (name.get().isBlank() ? "environment" : name.get().strip()) + "-" + field.name();
    }

    Map<String, JsonNode> values() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (FormField field : fields) {
            JsonNode value = field.value(storeReference(field));
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return values;
    }

    private void check() {
        String typedName = name.get().strip();
        nameError.set(typedName.isEmpty() ? "name: required"
                : !typedName.matches(NAME_PATTERN) ? "name: letters, digits, '.', '_' and '-' only"
                : taken.contains(typedName) ? "name: an environment named " + typedName + " already exists" : "");
        List<String> problems = ParameterCheck.values(template, values());
        boolean ok = nameError.get().isEmpty() && problems.isEmpty();
        for (FormField field : fields) {
            String prefix = "$.parameters." + field.name() + ": ";
            String problem = problems.stream().filter(p -> p.startsWith(prefix)).findFirst()
                    .map(p -> field.name() + ": " + p.substring(prefix.length())).orElse("");
            if (field.type() == ParameterType.SECRET && !field.secretValue().get().isEmpty() && !field.text().get().isBlank()) {
                problem = field.name() + ": give either a reference or a value to store, not both";
                ok = false;
            }
            if (field.type() == ParameterType.SECRET && !field.secretValue().get().isEmpty() && dataDir == null) {
                problem = field.name() + ": no secret store here; give a reference (env:VAR, file:PATH or ssh-agent)";
                ok = false;
            }
            field.setError(problem);
        }
        valid.set(ok && !creating.get());
    }

    /**
     * Keeps typed secrets in the encrypted store, then writes the environment file; both in the
     * background. {@code done} gets the new file.
     */
    public void create(BackgroundTasks tasks, Consumer<Path> done) {
        if (!valid.get()) {
            return;
        }
        String environmentName = name.get().strip();
        Map<String, JsonNode> values = values();
        Map<String, String> toStore = new LinkedHashMap<>();
        fields.stream().filter(f -> f.type() == ParameterType.SECRET && !f.secretValue().get().isEmpty())
                .forEach(f -> toStore.put(storeReference(f).substring("store:".length()), f.secretValue().get()));
        creating.set(true);
        valid.set(false);
        message.set("Creating " + environmentName + "…");
        tasks.run(() -> {
            if (!toStore.isEmpty()) {
                SecretStore store = new SecretStore(dataDir);
                for (Map.Entry<String, String> secret : toStore.entrySet()) {
                    store.put(secret.getKey(), secret.getValue());
                }
            }
            return registry.createEnvironment(who, environmentName, template.name(), values).file();
        }, file -> {
            creating.set(false);
            message.set("Created " + file);
            done.accept(file);
        }, error -> {
            creating.set(false);
            message.set("Cannot create " + environmentName + ": " + error.getMessage());
            check();
        });
    }
}
