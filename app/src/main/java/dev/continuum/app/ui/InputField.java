package dev.continuum.app.ui;

import dev.continuum.app.notebook.InputRequest;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The line a running cell asks for (its prompt, then a field; Enter sends it), under the cell's outputs. */
final class InputField {

    private InputField() {
    }

    static Node create(InputRequest request) {
        TextField field = request.password() ? new PasswordField() : new TextField();
        field.getStyleClass().add("cell-input-field");
        field.setOnAction(event -> {
            field.setDisable(true);
            request.answer().complete(field.getText());
        });
        Label prompt = new Label(request.prompt());
        prompt.getStyleClass().add("cell-input-prompt");
        HBox row = new HBox(6, prompt, field);
        row.getStyleClass().add("cell-input");
        HBox.setHgrow(field, Priority.ALWAYS);
        Platform.runLater(field::requestFocus);
        return row;
    }
}
