package dev.continuum.editor;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * The editor's scroll pane: never a vertical bar (the area grows with its text), a horizontal one
 * for long lines. Its preferred height adds the horizontal bar's height when that bar shows;
 * otherwise the bar would cover the last line and the area would scroll its first line away.
 */
final class GrowingScrollPane extends VirtualizedScrollPane<CodeArea> {

    GrowingScrollPane(CodeArea area) {
        super(area, ScrollBarPolicy.AS_NEEDED, ScrollBarPolicy.NEVER);
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof ScrollBar bar) {
                bar.visibleProperty().addListener((observable, before, visible) -> requestLayout());
            }
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        double height = super.computePrefHeight(width);
        ScrollBar horizontal = horizontalBar();
        return horizontal != null && horizontal.isVisible() ? height + horizontal.prefHeight(-1) : height;
    }

    private ScrollBar horizontalBar() {
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                return bar;
            }
        }
        return null;
    }
}
