package dev.continuum.editor;

import dev.continuum.editor.fx.EditorThreads;
import dev.continuum.editor.fx.Monospace;
import dev.continuum.editor.fx.ScrollForwarding;
import dev.continuum.editor.highlight.Highlighter;
import dev.continuum.editor.highlight.Highlighters;
import dev.continuum.editor.highlight.Language;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.MultiChangeBuilder;

/**
 * The code editor of one cell: a RichTextFX code area with line numbers, background syntax
 * highlighting, bracket matching, auto-indent, and find/replace. It grows with its content (no
 * vertical scroll bar: the notebook scrolls) and scrolls sideways for long lines, as JupyterLab's
 * cells do. Use from the FX thread only.
 */
public final class CodeEditor {

    /** Style classes of the editor's root node. */
    public static final String STYLE_CLASS = "code-editor";

    private final CodeArea area = new CodeArea();
    private final GrowingScrollPane root;
    private final AsyncHighlighting highlighting;
    private final BracketHighlight brackets;
    private Language language;
    private Highlighter highlighter;
    private boolean scrollsInside;
    private final Completion completion = new Completion(area);

    /** An editor for {@code language} ("java", "python"; others are plain text). */
    public CodeEditor(String language) {
        this(language, EditorThreads.highlighting());
    }

    /** As {@link #CodeEditor(String)}, highlighting on {@code highlightExecutor} (tests, or a shared pool). */
    public CodeEditor(String language, Executor highlightExecutor) {
        Objects.requireNonNull(highlightExecutor, "highlightExecutor");
        this.language = Language.of(language);
        this.highlighter = Highlighters.forLanguage(this.language);

        area.getStyleClass().addAll("cell-code-area", "syntax");
        area.setStyle(Monospace.style());
        area.setWrapText(false);
        area.setAutoHeight(true);
        // Text typed next to a coloured token must not inherit its colour until re-highlighting.
        area.setUseInitialStyleForInsertion(true);
        area.setParagraphGraphicFactory(new LineNumbers(area));

        root = new GrowingScrollPane(area);
        root.getStyleClass().add(STYLE_CLASS);
        ScrollForwarding.forwardAtEdges(root, new ScrollForwarding.ScrollPosition() {
            @Override
            public boolean atTop() {
                return !scrollsInside || area.getEstimatedScrollY() <= 0;
            }

            @Override
            public boolean atBottom() {
                return !scrollsInside || area.getEstimatedScrollY() >= area.getTotalHeightEstimate() - area.getHeight() - 1;
            }
        });

        brackets = new BracketHighlight(area, () -> highlighter);
        highlighting = new AsyncHighlighting(area, highlighter, highlightExecutor, brackets::update);
        EditorKeys.install(area, () -> this.language, completion);
    }

    /**
     * Whether the editor scrolls its own text instead of growing to fit it. Growing is what a
     * notebook wants, but an area as tall as a 5,000-line cell lays out every line on each
     * keystroke; a huge cell gets a capped height and its own scroll bar instead.
     */
    public void setScrollsInside(boolean inside) {
        if (inside == scrollsInside) {
            return;
        }
        scrollsInside = inside;
        area.setAutoHeight(!inside);
        root.setVbarPolicy(inside ? ScrollBarPolicy.AS_NEEDED : ScrollBarPolicy.NEVER);
    }

    public boolean scrollsInside() {
        return scrollsInside;
    }

    /** Where Tab after a name asks for completions (the cell's kernel); null: Tab only indents. */
    public void setCompletionSource(dev.continuum.editor.completion.CompletionSource source) {
        completion.setSource(source);
    }

    /** The node to put in the cell. */
    public Node node() {
        return root;
    }

    public String getText() {
        return area.getText();
    }

    /**
     * Sets the whole text (from the notebook model: open, undo, paste of a cell). Equal text is left
     * alone, so the model echoing the editor's own edit back does not move the caret.
     */
    public void replaceText(String text) {
        Objects.requireNonNull(text, "text");
        if (text.equals(area.getText())) {
            return;
        }
        int caret = area.getCaretPosition();
        area.replaceText(text);
        area.moveTo(Math.min(caret, text.length()));
        highlighting.refresh();
    }

    /** The text, changing with every edit (the model binds to it). */
    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    /** Switches the language (the kernel changed); re-highlights at once. */
    public void setLanguage(String language) {
        this.language = Language.of(language);
        this.highlighter = Highlighters.forLanguage(this.language);
        highlighting.setHighlighter(highlighter);
    }

    /** The language in use: JAVA, PYTHON or OTHER. */
    public Language getLanguage() {
        return language;
    }

    public void requestFocus() {
        area.requestFocus();
    }

    public ReadOnlyBooleanProperty focusedProperty() {
        return area.focusedProperty();
    }

    /** Read-only cells (metadata {@code editable: false}) can be selected and copied, not changed. */
    public void setReadOnly(boolean readOnly) {
        area.setEditable(!readOnly);
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("read-only"), readOnly);
    }

    public boolean isReadOnly() {
        return !area.isEditable();
    }

    public BooleanProperty editableProperty() {
        return area.editableProperty();
    }

    public void setLineNumbersVisible(boolean visible) {
        area.setParagraphGraphicFactory(visible ? new LineNumbers(area) : null);
    }

    public ObservableValue<Integer> caretPositionProperty() {
        return area.caretPositionProperty();
    }

    /** Moves the caret (e.g. to the end when arrowing up into this cell from the next). */
    public void moveCaretTo(int position) {
        area.moveTo(Math.max(0, Math.min(position, area.getLength())));
        area.requestFollowCaret();
    }

    /** Selects the next occurrence of {@code query} after the selection, wrapping around; false when there is none. */
    public boolean selectNext(String query, boolean caseSensitive) {
        Objects.requireNonNull(query, "query");
        String text = area.getText();
        IndexRange selection = area.getSelection();
        int from = selection.getLength() > 0 ? selection.getEnd() : area.getCaretPosition();
        int found = FindReplace.findNext(text, query, from, caseSensitive);
        if (found < 0) {
            return false;
        }
        area.selectRange(found, found + query.length());
        area.requestFollowCaret();
        return true;
    }

    /**
     * Replaces every occurrence of {@code query} as one undoable edit; returns how many were
     * replaced (0 when read-only).
     */
    public int replaceAll(String query, String replacement, boolean caseSensitive) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(replacement, "replacement");
        if (!area.isEditable()) {
            return 0;
        }
        List<Integer> matches = FindReplace.findAll(area.getText(), query, caseSensitive);
        if (matches.isEmpty()) {
            return 0;
        }
        MultiChangeBuilder<?, ?, ?> change = area.createMultiChange(matches.size());
        // Last to first, so each position is still valid when its turn comes.
        for (int i = matches.size() - 1; i >= 0; i--) {
            int start = matches.get(i);
            change.replaceText(start, start + query.length(), replacement);
        }
        change.commit();
        return matches.size();
    }

    /** Stops background highlighting; call when the cell's view is thrown away. */
    public void dispose() {
        highlighting.stop();
    }

    /** The RichTextFX area inside (tests; callers wanting more RichTextFX API). */
    CodeArea area() {
        return area;
    }

    /** The bracket marks (tests). */
    IndexRange[] bracketMarks() {
        return brackets.ranges();
    }
}
