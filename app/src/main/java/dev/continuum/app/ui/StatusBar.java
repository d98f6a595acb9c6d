package dev.continuum.app.ui;

import dev.continuum.app.notebook.Mode;
import dev.continuum.app.notebook.NotebookViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: mode, environment, kernel, save state, and the latest message. */
final class StatusBar {

    private final HBox bar = new HBox(16);
    private final Label mode = new Label();
    private final Label environment = new Label();
    private final Label kernel = new Label("Kernel: none");
    private final Label saveState = new Label();
    private final Label message = new Label();

    private final dev.continuum.app.environments.EnvironmentChoices choices;

    StatusBar(ObjectProperty<NotebookViewModel> selected, dev.continuum.app.environments.EnvironmentChoices choices) {
        this.choices = choices;
        environment.getStyleClass().add("status-environment");
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 10, 3, 10));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        message.setMaxWidth(700);
        bar.getChildren().addAll(mode, environment, kernel, spacer, message, saveState);
        selected.addListener((obs, old, now) -> bind(now));
        bind(selected.get());
    }

    private void bind(NotebookViewModel notebook) {
        if (notebook == null) {
            for (Label label : new Label[] {mode, environment, kernel, saveState, message}) {
                label.textProperty().unbind();
                label.setText("");
            }
            return;
        }
        mode.textProperty().bind(Bindings.createStringBinding(
                () -> notebook.modeProperty().get() == Mode.EDIT ? "Edit" : "Command", notebook.modeProperty()));
        environment.textProperty().bind(Bindings.createStringBinding(
                () -> "Environment: " + choices.label(notebook.activeEnvironmentProperty().get()),
                notebook.activeEnvironmentProperty(), choices.names()));
        saveState.textProperty().bind(Bindings.createStringBinding(
                () -> notebook.saveStateProperty().get().label(), notebook.saveStateProperty()));
        message.textProperty().bind(notebook.messageProperty());
        kernel.textProperty().bind(Bindings.concat("Kernel: ", notebook.kernels().statusProperty()));
    }

    HBox node() {
        return bar;
    }
}
