package dev.continuum.editor;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers for tests that touch JavaFX: run on the FX thread, wait for a condition, walk a node tree. */
public final class Fx {

    private Fx() {
    }

    public static <T> T call(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Waits (up to 5 s) until {@code condition}, evaluated on the FX thread, holds. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> call(condition::getAsBoolean));
        } catch (Exception e) {
            throw new AssertionError("condition not met within 5 s", e);
        }
    }

    /**
     * Shows a stage laid out like a notebook (a column of cells that scrolls, each as tall as it
     * wants) with the editor stylesheet, and returns the column to put views in.
     */
    public static javafx.scene.layout.VBox notebookColumn(javafx.stage.Stage stage, double width, double height) {
        javafx.scene.layout.VBox column = new javafx.scene.layout.VBox();
        javafx.scene.control.ScrollPane notebook = new javafx.scene.control.ScrollPane(column);
        notebook.setFitToWidth(true);
        javafx.scene.Scene scene = new javafx.scene.Scene(notebook, width, height);
        EditorStyles.install(scene);
        stage.setScene(scene);
        stage.show();
        return column;
    }

    /** Every node under {@code root} (itself included) of {@code type}, depth first. */
    public static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, type, found);
            }
        }
    }

    /** The concatenated text of all Text nodes under {@code root}. */
    public static String text(Node root) {
        StringBuilder text = new StringBuilder();
        all(root, Text.class).forEach(t -> text.append(t.getText()));
        return text.toString();
    }

    /** Text nodes under {@code root} having {@code styleClass}. */
    public static List<Text> texts(Node root, String styleClass) {
        return all(root, Text.class).stream().filter(t -> t.getStyleClass().contains(styleClass)).toList();
    }
}
