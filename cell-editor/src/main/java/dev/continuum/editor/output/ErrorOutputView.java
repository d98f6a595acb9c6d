package dev.continuum.editor.output;

import dev.continuum.notebook.ErrorOutput;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * An exception: an "ename: evalue" header, then the traceback with its ANSI colours (IPython
 * colours its tracebacks), on the error background.
 */
final class ErrorOutputView {

    private ErrorOutputView() {
    }

    static Node create(ErrorOutput error) {
        String header = error.evalue().isEmpty() ? error.ename() : error.ename() + ": " + error.evalue();
        Label title = new Label(header);
        title.getStyleClass().add("output-error-header");
        title.setWrapText(true);
        VBox box = new VBox(title);
        if (!error.traceback().isEmpty()) {
            box.getChildren().add(TextOutputView.ansi(String.join("\n", error.traceback()), "output-traceback"));
        }
        box.getStyleClass().add("output-error");
        return box;
    }
}
