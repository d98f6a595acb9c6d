package dev.continuum.app.environments;

import dev.continuum.app.ui.BackgroundTasks;
import dev.continuum.env.EnvPaths;
import dev.continuum.env.Identity;
import dev.continuum.env.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The environment names a notebook may choose on this machine: "local" plus what the registry
 * resolves for the current user. Loaded in the background, because the registry reads (and
 * verifies the signatures of) files from possibly slow shared folders.
 */
public final class EnvironmentChoices {

    /** Runs on this machine's own kernels; always known, and what a notebook without a default uses. */
    public static final String LOCAL = "local";

    private final ObservableList<String> names = FXCollections.observableArrayList(LOCAL);
    private final List<Runnable> onLoaded = new ArrayList<>();
    private boolean loaded;
    private int loads;

    /** What the registry holds for the user: loaded by the caller's callable, off the UI thread. */
    public record Snapshot(Registry registry, Identity who, java.nio.file.Path dataDir) {

        /** Without a secret store: secrets can then only be references the user types. */
        public Snapshot(Registry registry, Identity who) {
            this(registry, who, null);
        }

        public static Snapshot fromSystem() throws java.io.IOException {
            EnvPaths paths = EnvPaths.fromSystem();
            Registry registry = Registry.load(paths.userRegistry(), paths.sharedRegistries());
            return new Snapshot(registry, registry.groups().identify(System.getProperty("user.name")), paths.dataDir());
        }

        List<String> environmentNames() {
            return registry.environments(who).stream().map(e -> e.value().name()).toList();
        }
    }

    /** Reads the registry in the background; the names change on the UI thread. */
    public void load(BackgroundTasks tasks, Callable<Snapshot> source) {
        int run = ++loads; // a slower, older load must not overwrite a newer one
        tasks.run(source, snapshot -> {
            if (run == loads) {
                set(snapshot.environmentNames());
            }
        }, error -> {
            if (run == loads) {
                set(List.of());
            }
        });
    }

    /** The known names ({@code local} first); the choosers show these. */
    public ObservableList<String> names() {
        return names;
    }

    void set(List<String> environmentNames) {
        List<String> all = new ArrayList<>();
        all.add(LOCAL);
        environmentNames.stream().filter(n -> !n.equals(LOCAL)).forEach(all::add);
        names.setAll(all);
        loaded = true;
        List.copyOf(onLoaded).forEach(Runnable::run);
    }

    /** Runs now when loaded, else once loading finished (and again after each reload). */
    public void whenLoaded(Runnable action) {
        onLoaded.add(action);
        if (loaded) {
            action.run();
        }
    }

    public boolean isLoaded() {
        return loaded;
    }

    /** Whether a notebook's name means something here; before loading, every name is given the benefit of the doubt. */
    public boolean isKnown(String name) {
        return !loaded || names.contains(name);
    }

    /** The name as the choosers and the status bar show it: marked when this machine cannot resolve it. */
    public String label(String name) {
        return isKnown(name) ? name : name + " (unknown here)";
    }

    /** The message for a name this machine cannot resolve, listing what it knows (as {@code env show} does). */
    public String unknownMessage(String name) {
        List<String> known = names.stream().filter(n -> !n.equals(LOCAL)).toList();
        return "unknown environment " + name + " (known: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")";
    }
}
