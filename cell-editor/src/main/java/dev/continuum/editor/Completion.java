package dev.continuum.editor;

import dev.continuum.editor.completion.CompletionPopup;
import dev.continuum.editor.completion.CompletionSource;
import dev.continuum.editor.completion.Suggestions;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;

/**
 * Tab completion of one editor: asks the source (the cell's kernel), then inserts the only match
 * or shows the list. An answer that arrives after the text changed is dropped.
 */
final class Completion {

    private final CodeArea area;
    /** Made on first use: a popup per cell editor would cost every cell a window and a list. */
    private CompletionPopup popup;
    private CompletionSource source;

    Completion(CodeArea area) {
        this.area = area;
    }

    void setSource(CompletionSource source) {
        this.source = source;
    }

    boolean available() {
        return source != null;
    }

    void complete() {
        String text = area.getText();
        int caret = area.getCaretPosition();
        source.suggest(text, caret).thenAccept(suggestions -> Platform.runLater(() -> {
            if (!area.getText().equals(text) || area.getCaretPosition() != caret) {
                return; // the user typed on meanwhile
            }
            apply(suggestions);
        }));
    }

    private void apply(Suggestions suggestions) {
        if (suggestions.matches().isEmpty() || suggestions.start() < 0 || suggestions.end() > area.getLength()
                || suggestions.start() > suggestions.end()) {
            return;
        }
        if (suggestions.matches().size() == 1) {
            insert(suggestions, suggestions.matches().get(0));
        } else {
            if (popup == null) {
                popup = new CompletionPopup();
            }
            popup.show(area, suggestions, chosen -> insert(suggestions, chosen));
        }
    }

    private void insert(Suggestions suggestions, String chosen) {
        area.replaceText(suggestions.start(), suggestions.end(), chosen);
        area.moveTo(suggestions.start() + chosen.length());
        area.requestFollowCaret();
    }
}
