package dev.continuum.editor.output;

import dev.continuum.editor.fx.Monospace;
import dev.continuum.notebook.json.JsonArray;
import dev.continuum.notebook.json.JsonBoolean;
import dev.continuum.notebook.json.JsonNull;
import dev.continuum.notebook.json.JsonNumber;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.util.Map;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * An application/json output as a tree to expand, like JupyterLab's JSON viewer. The view is as
 * tall as its expanded rows, up to a bound past which it scrolls.
 */
final class JsonTreeView {

    private static final double ROW_HEIGHT = 22;
    private static final int MAX_VISIBLE_ROWS = 18;

    private JsonTreeView() {
    }

    static TreeView<String> create(JsonValue value) {
        TreeItem<String> root = item(null, value);
        root.setExpanded(true);
        TreeView<String> tree = new TreeView<>(root);
        tree.getStyleClass().add("output-json");
        tree.setStyle(Monospace.style());
        tree.setFixedCellSize(ROW_HEIGHT);
        fitHeight(tree);
        tree.expandedItemCountProperty().addListener((observable, before, count) -> fitHeight(tree));
        return tree;
    }

    private static void fitHeight(TreeView<String> tree) {
        int rows = Math.min(tree.getExpandedItemCount(), MAX_VISIBLE_ROWS);
        double height = rows * ROW_HEIGHT + 4;
        tree.setPrefHeight(height);
        tree.setMinHeight(height);
    }

    static TreeItem<String> item(String key, JsonValue value) {
        String prefix = key == null ? "" : key + ": ";
        TreeItem<String> item = new TreeItem<>(prefix + summary(value));
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entries()) {
                item.getChildren().add(item(member.getKey(), member.getValue()));
            }
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                item.getChildren().add(item(String.valueOf(i), array.get(i)));
            }
        }
        return item;
    }

    private static String summary(JsonValue value) {
        return switch (value) {
            case JsonObject object -> "{} " + object.size() + (object.size() == 1 ? " key" : " keys");
            case JsonArray array -> "[] " + array.size() + (array.size() == 1 ? " item" : " items");
            case JsonString string -> quoted(string.value());
            case JsonNumber number -> number.value().toString();
            case JsonBoolean bool -> String.valueOf(bool.value());
            case JsonNull ignored -> "null";
        };
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
