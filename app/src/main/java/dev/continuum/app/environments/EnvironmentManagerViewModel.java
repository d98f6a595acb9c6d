package dev.continuum.app.environments;

import dev.continuum.app.ui.BackgroundTasks;
import dev.continuum.env.Environment;
import dev.continuum.env.Permissions;
import dev.continuum.env.Registry;
import dev.continuum.env.Template;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The environment manager's state: the templates the user sees, their environments, the groups.
 * Everything is read (and deleted) in the background; each load replaces the rows.
 */
public final class EnvironmentManagerViewModel {

    /** A template row: where it came from and whether its signature was checked. */
    public record TemplateRow(String name, String kind, int version, String source, String signature) {
    }

    /** An environment row; {@code update} says when its template has a newer version. */
    public record EnvironmentRow(String name, String template, int templateVersion, String owner, String update) {
    }

    public record GroupRow(String group, String members) {
    }

    private final BackgroundTasks tasks;
    private final Callable<EnvironmentChoices.Snapshot> source;
    private final ObservableList<TemplateRow> templates = FXCollections.observableArrayList();
    private final ObservableList<EnvironmentRow> environments = FXCollections.observableArrayList();
    private final ObservableList<GroupRow> groups = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper admin = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private EnvironmentChoices.Snapshot snapshot;
    private Runnable onReload = () -> { };
    private int loads;

    public EnvironmentManagerViewModel(BackgroundTasks tasks, Callable<EnvironmentChoices.Snapshot> source) {
        this.tasks = tasks;
        this.source = source;
    }

    public ObservableList<TemplateRow> templates() {
        return templates;
    }

    public ObservableList<EnvironmentRow> environments() {
        return environments;
    }

    public ObservableList<GroupRow> groups() {
        return groups;
    }

    /** Admins may manage groups; everyone else sees them read-only. */
    public ReadOnlyBooleanProperty adminProperty() {
        return admin.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Called after each load, so the choosers elsewhere can pick up a new or deleted environment. */
    public void setOnReload(Runnable action) {
        onReload = action;
    }

    public void load() {
        int run = ++loads; // only the newest load shows
        tasks.run(source, loaded -> {
            if (run == loads) {
                show(loaded);
            }
        }, error -> message.set("Cannot read the registry: " + error.getMessage()));
    }

    private void show(EnvironmentChoices.Snapshot loaded) {
        snapshot = loaded;
        Registry registry = loaded.registry();
        templates.setAll(registry.templates(loaded.who()).stream().map(e -> new TemplateRow(e.value().name(),
                e.value().kind().json(), e.value().version(), e.folder().root().toString(),
                e.folder().shared() ? "signed, verified" : "own folder (not signed)")).toList());
        environments.setAll(registry.environments(loaded.who()).stream().map(e -> {
            Environment environment = e.value();
            Optional<Template> template = registry.template(environment.template()).map(Registry.Entry::value);
            String update = template.filter(environment::updateAvailable)
                    .map(t -> "update available (version " + t.version() + ")").orElse(template.isEmpty() ? "template unknown here" : "");
            return new EnvironmentRow(environment.name(), environment.template(), environment.templateVersion(), environment.owner(), update);
        }).toList());
        groups.setAll(registry.groups().groups().entrySet().stream()
                .map(g -> new GroupRow(g.getKey(), String.join(", ", new java.util.TreeSet<>(g.getValue())))).toList());
        admin.set(Permissions.mayManageGroups(loaded.who()));
        List<String> problems = registry.problems();
        if (!problems.isEmpty()) { // else the latest action's message stays
            message.set(problems.size() + " file(s) left out; first: " + problems.get(0));
        }
        onReload.run();
    }

    /** A form for a new environment from {@code templateName}, or empty before loading. */
    public Optional<EnvironmentForm> newEnvironment(String templateName) {
        if (snapshot == null) {
            return Optional.empty();
        }
        return snapshot.registry().template(templateName)
                .map(t -> new EnvironmentForm(snapshot.registry(), snapshot.who(), t.value(), snapshot.dataDir()));
    }

    /** Admins only: adds {@code user} to {@code group} in the user's own {@code groups.json}. */
    public void addMember(String group, String user) {
        if (snapshot == null || !admin.get()) {
            message.set("Only admins manage groups");
            return;
        }
        String g = group.strip();
        String u = user.strip();
        if (g.isEmpty() || u.isEmpty()) {
            message.set("Give a group and a user");
            return;
        }
        java.nio.file.Path file = snapshot.registry().userFolder().groupsFile();
        tasks.run(() -> {
            dev.continuum.env.Groups.read(file).withMember(g, u).write(file);
            return file;
        }, written -> {
            message.set("Added " + u + " to " + g + " in " + written);
            load();
        }, error -> message.set("Cannot change " + file + ": " + error.getMessage()));
    }

    public void delete(String name) {
        if (snapshot == null) {
            return;
        }
        EnvironmentChoices.Snapshot from = snapshot;
        tasks.run(() -> {
            from.registry().deleteEnvironment(from.who(), name);
            return name;
        }, deleted -> {
            message.set("Deleted " + deleted);
            load();
        }, error -> message.set("Cannot delete " + name + ": " + error.getMessage()));
    }
}
