package dev.continuum.app.ui;

import dev.continuum.app.environments.EnvironmentForm;
import dev.continuum.app.environments.FormField;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The "new environment" form: one control per template parameter, each with its inline error. */
final class EnvironmentFormView {

    private final Stage stage = new Stage();

    EnvironmentFormView(EnvironmentForm form, BackgroundTasks tasks, Window owner, Consumer<Path> created) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        grid.setPadding(new Insets(12));
        javafx.scene.layout.ColumnConstraints controls = new javafx.scene.layout.ColumnConstraints(360);
        controls.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), controls); // errors come and go; the fields keep their width
        int row = 0;
        TextField name = new TextField();
        name.setId("env-name");
        name.textProperty().bindBidirectional(form.name());
        row = addRow(grid, row, "name", "What notebooks call this environment", name, form.nameErrorProperty());
        for (FormField field : form.fields()) {
            row = addRow(grid, row, field.name() + (field.parameter().isRequired() ? " *" : ""),
                    field.parameter().description(), control(field, form), field.errorProperty());
        }
        Button create = new Button("Create");
        create.setId("env-create");
        create.setDefaultButton(true);
        create.disableProperty().bind(form.validProperty().not());
        create.setOnAction(e -> form.create(tasks, file -> {
            created.accept(file);
            stage.close();
        }));
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Label message = new Label();
        message.textProperty().bind(form.messageProperty());
        message.setWrapText(true);
        HBox buttons = new HBox(8, create, cancel);
        VBox root = new VBox(8, new Label("New environment from template " + form.template().name()
                + " (" + form.template().kind().json() + ", version " + form.template().version() + ")"),
                new ScrollPane(grid), message, buttons);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("environment-form");
        stage.setTitle("New environment — " + form.template().name());
        stage.initOwner(owner);
        Scene scene = new Scene(root, 640, 520);
        scene.getStylesheets().add(EnvironmentFormView.class.getResource("/dev/continuum/app/app.css").toExternalForm());
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    private static int addRow(GridPane grid, int row, String label, String help, Node control, javafx.beans.value.ObservableStringValue error) {
        Label title = new Label(label);
        if (help != null) {
            title.setTooltip(new javafx.scene.control.Tooltip(help));
        }
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(error);
        problem.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(error));
        problem.managedProperty().bind(problem.visibleProperty());
        grid.add(title, 0, row);
        grid.add(control, 1, row);
        grid.add(problem, 1, row + 1);
        return row + 2;
    }

    /** Text for strings, numbers and paths, a check box for booleans, a combo for enums, a reference (+ stored value) for secrets. */
    private static Node control(FormField field, EnvironmentForm form) {
        String id = "param-" + field.name();
        return switch (field.type()) {
            case BOOLEAN -> {
                CheckBox box = new CheckBox();
                box.setId(id);
                box.setSelected(Boolean.parseBoolean(field.text().get()));
                box.selectedProperty().addListener((obs, old, now) -> field.text().set(Boolean.toString(now)));
                yield box;
            }
            case ENUM -> {
                ComboBox<String> combo = new ComboBox<>();
                combo.setId(id);
                combo.getItems().setAll(field.parameter().values());
                combo.setValue(field.text().get().isEmpty() ? null : field.text().get());
                combo.valueProperty().addListener((obs, old, now) -> field.text().set(now == null ? "" : now));
                yield combo;
            }
            case SECRET -> {
                TextField reference = new TextField();
                reference.setId(id);
                reference.setPromptText("env:VAR, file:PATH or ssh-agent");
                reference.textProperty().bindBidirectional(field.text());
                PasswordField value = new PasswordField();
                value.setId(id + "-value");
                value.setPromptText("or a value to keep in the encrypted store");
                value.textProperty().bindBidirectional(field.secretValue());
                value.setDisable(!form.hasSecretStore());
                yield new VBox(4, reference, value);
            }
            default -> {
                TextField text = new TextField();
                text.setId(id);
                text.setPromptText(field.parameter().defaultValue() == null ? field.type().name().toLowerCase(java.util.Locale.ROOT)
                        : "default " + field.parameter().defaultValue().asText());
                text.textProperty().bindBidirectional(field.text());
                yield text;
            }
        };
    }
}
