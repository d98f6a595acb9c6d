package dev.continuum.editor.output;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A vertical scroll box as tall as its content up to a bound, for "scrolled" outputs: short
 * output stays short, long output scrolls inside. The height is computed from the content's
 * preferred height rather than set from a listener, which would change it during a layout pass.
 */
final class BoundedScrollBox extends ScrollPane {

    private final Region content;
    private final double maxContentHeight;

    BoundedScrollBox(Region content, double maxContentHeight) {
        super(content);
        this.content = content;
        this.maxContentHeight = maxContentHeight;
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setMinHeight(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double available = width > 0 ? width : getWidth();
        double contentWidth = available > 0 ? available - insets.getLeft() - insets.getRight() : -1;
        double contentHeight = content.prefHeight(contentWidth);
        return Math.min(contentHeight, maxContentHeight) + insets.getTop() + insets.getBottom();
    }
}
