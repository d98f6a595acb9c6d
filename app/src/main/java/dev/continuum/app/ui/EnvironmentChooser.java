package dev.continuum.app.ui;

import dev.continuum.app.environments.EnvironmentChoices;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;

/**
 * A small combo of environment names: one beside each code cell (with a "default (NAME)" entry
 * meaning the notebook default) and one in the toolbar for the notebook default. A name this
 * machine cannot resolve stays shown, marked, and is never replaced behind the user's back.
 */
final class EnvironmentChooser {

    /** One entry: {@code name} null means "the notebook default". */
    record Option(String name, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ComboBox<Option> combo = new ComboBox<>();
    private final EnvironmentChoices choices;
    private final Supplier<String> defaultLabel;
    private String current;
    private boolean updating;

    /** {@code defaultLabel} null: no default entry (the toolbar's own chooser). */
    EnvironmentChooser(EnvironmentChoices choices, Supplier<String> defaultLabel, Consumer<String> chosen) {
        this.choices = choices;
        this.defaultLabel = defaultLabel;
        combo.setFocusTraversable(false);
        combo.setOnShowing(event -> show(current));
        combo.setOnAction(event -> {
            Option picked = combo.getValue();
            if (!updating && picked != null && !Objects.equals(picked.name(), current)) {
                chosen.accept(picked.name());
            }
        });
    }

    ComboBox<Option> node() {
        return combo;
    }

    /** Shows {@code name} (null: the default entry) as chosen, without reporting it as a choice. */
    void show(String name) {
        current = name;
        List<Option> options = new ArrayList<>();
        if (defaultLabel != null) {
            options.add(new Option(null, defaultLabel.get()));
        }
        choices.names().forEach(n -> options.add(new Option(n, n)));
        if (name != null && !choices.names().contains(name)) {
            options.add(new Option(name, choices.label(name)));
        }
        updating = true;
        try {
            if (!combo.getItems().equals(options)) {
                combo.getItems().setAll(options);
            }
            combo.setValue(options.stream().filter(o -> Objects.equals(o.name(), name)).findFirst().orElse(null));
        } finally {
            updating = false;
        }
    }
}
