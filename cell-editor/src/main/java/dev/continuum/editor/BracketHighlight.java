package dev.continuum.editor;

import dev.continuum.editor.highlight.Highlighter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;

/**
 * Marks the bracket beside the caret and its partner (or the bracket alone, as unmatched). The
 * marks are extra RichTextFX selections drawn behind the text, not text styles, so re-highlighting
 * never erases them and they follow the text while it is edited. They are added to the area only
 * while shown: every selection costs a shape per paragraph, and most editors of a notebook never
 * have their caret next to a bracket.
 */
final class BracketHighlight {

    private static final IndexRange NONE = new IndexRange(0, 0);

    private final CodeArea area;
    private final Supplier<Highlighter> highlighter;
    private final Selection<Collection<String>, String, Collection<String>> first;
    private final Selection<Collection<String>, String, Collection<String>> second;
    private final Selection<Collection<String>, String, Collection<String>> unmatched;
    private final Set<Selection<Collection<String>, String, Collection<String>>> shown = new HashSet<>();

    BracketHighlight(CodeArea area, Supplier<Highlighter> highlighter) {
        this.area = area;
        this.highlighter = highlighter;
        this.first = mark("bracket-match-1", "bracket-match");
        this.second = mark("bracket-match-2", "bracket-match");
        this.unmatched = mark("bracket-unmatched", "bracket-mismatch");
        area.caretPositionProperty().addListener((observable, before, after) -> update());
        area.focusedProperty().addListener((observable, before, focused) -> update());
    }

    private Selection<Collection<String>, String, Collection<String>> mark(String name, String styleClass) {
        return new SelectionImpl<>(name, area, path -> path.getStyleClass().add(styleClass));
    }

    /** Recomputes the marks for the current caret. */
    void update() {
        if (!area.isFocused()) {
            clear(); // CodeMirror shows the match only in the editor being edited
            return;
        }
        Optional<BracketMatcher.Match> match =
                BracketMatcher.find(highlighter.get(), area.getText(), area.getCaretPosition());
        if (match.isEmpty()) {
            clear();
        } else if (match.get().matched()) {
            show(first, match.get().at());
            show(second, match.get().partner());
            hide(unmatched);
        } else {
            hide(first);
            hide(second);
            show(unmatched, match.get().at());
        }
    }

    /** The marked ranges: the matched pair, then the unmatched bracket; empty ranges when not shown (tests). */
    IndexRange[] ranges() {
        return new IndexRange[] {range(first), range(second), range(unmatched)};
    }

    private IndexRange range(Selection<Collection<String>, String, Collection<String>> mark) {
        return shown.contains(mark) ? mark.getRange() : NONE;
    }

    private void show(Selection<Collection<String>, String, Collection<String>> mark, int at) {
        if (shown.add(mark)) {
            area.addSelection(mark);
        }
        mark.selectRange(at, at + 1);
    }

    private void hide(Selection<Collection<String>, String, Collection<String>> mark) {
        if (shown.remove(mark)) {
            area.removeSelection(mark);
        }
    }

    private void clear() {
        hide(first);
        hide(second);
        hide(unmatched);
    }
}
