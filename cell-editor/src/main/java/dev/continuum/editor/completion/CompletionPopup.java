package dev.continuum.editor.completion;

import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/**
 * The list of completions under the caret, as JupyterLab's completer: Up/Down choose, Enter or Tab
 * insert, Esc (or any other key, or a click elsewhere) closes it and typing goes on.
 */
public final class CompletionPopup {

    private final Popup popup = new Popup();
    private final ListView<String> list = new ListView<>();

    public CompletionPopup() {
        list.getStyleClass().add("completion-list");
        list.setPrefWidth(320);
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    public void show(CodeArea area, Suggestions suggestions, Consumer<String> insert) {
        list.getItems().setAll(suggestions.matches());
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(Math.min(10, suggestions.matches().size()) * 24 + 4);
        Runnable choose = () -> {
            String chosen = list.getSelectionModel().getSelectedItem();
            popup.hide();
            if (chosen != null) {
                insert.accept(chosen);
            }
        };
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.TAB) {
                choose.run();
                event.consume();
            } else if (event.getCode() != KeyCode.UP && event.getCode() != KeyCode.DOWN
                    && event.getCode() != KeyCode.PAGE_UP && event.getCode() != KeyCode.PAGE_DOWN) {
                popup.hide();
                if (event.getCode() != KeyCode.ESCAPE) {
                    area.fireEvent(event.copyFor(area, area)); // the key belongs to the editor after all
                }
                event.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            popup.hide();
            area.fireEvent(event.copyFor(area, area));
            event.consume();
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                choose.run();
            }
        });
        Bounds caret = area.getCaretBounds().orElse(null);
        if (caret == null) {
            return;
        }
        popup.show(area, caret.getMinX(), caret.getMaxY());
        list.requestFocus();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }
}
