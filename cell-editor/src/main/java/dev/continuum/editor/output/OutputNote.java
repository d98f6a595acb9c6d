package dev.continuum.editor.output;

import javafx.scene.control.Label;

/** A muted one-line note in place of an output that cannot be shown, saying why. */
final class OutputNote {

    private OutputNote() {
    }

    static Label create(String message) {
        Label label = new Label(message);
        label.getStyleClass().add("output-note");
        label.setWrapText(true);
        return label;
    }
}
