package dev.continuum.app.ui;

import dev.continuum.editor.fx.Monospace;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The height of a cell's editor, from its text alone, so the list knows a cell's height before the
 * editor has laid itself out. The notebook scrolls, not the cell, so an editor is as tall as its
 * text, except a huge cell: it fills the view and scrolls inside (see
 * {@link dev.continuum.editor.CodeEditor#setScrollsInside}).
 */
record EditorHeight(double height, boolean scrollsInside) {

    /** Cells up to this many lines always show whole. */
    static final int LONGEST_GROWING_CELL = 200;

    private static final double PADDING = 12;
    private static final double HORIZONTAL_BAR = 14;
    private static final int LONGEST_UNSCROLLED_LINE = 110;

    /** Height of one editor line: the editor's 13 px monospace font, measured once. */
    private static final double LINE_HEIGHT = measureLineHeight();

    static EditorHeight of(String text, double viewportHeight) {
        int lines = 1;
        int longest = 0;
        int lineLength = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
                longest = Math.max(longest, lineLength);
                lineLength = 0;
            } else {
                lineLength++;
            }
        }
        longest = Math.max(longest, lineLength);
        double whole = lines * LINE_HEIGHT + PADDING + (longest > LONGEST_UNSCROLLED_LINE ? HORIZONTAL_BAR : 0);
        double capped = Math.max(20 * LINE_HEIGHT, viewportHeight - 60);
        if (lines > LONGEST_GROWING_CELL && whole > capped) {
            return new EditorHeight(capped, true);
        }
        return new EditorHeight(whole, false);
    }

    private static double measureLineHeight() {
        Text probe = new Text("Ag|");
        probe.setFont(Font.font(Monospace.family(), 13));
        return Math.ceil(probe.getLayoutBounds().getHeight());
    }
}
