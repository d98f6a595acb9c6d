package dev.continuum.editor.fx;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.ScrollEvent;

/**
 * Sends vertical mouse-wheel scrolling on to the notebook. Editors and output views that size
 * themselves to their content still contain scrollable viewports (RichTextFX, WebView) that would
 * swallow the wheel, so the notebook would stop scrolling whenever the pointer is over a cell.
 */
public final class ScrollForwarding {

    private ScrollForwarding() {
    }

    /** Every vertical scroll over {@code node} scrolls its ancestors instead. */
    public static void forwardVertical(Node node) {
        node.addEventFilter(ScrollEvent.SCROLL, event -> forward(node, event));
    }

    /**
     * For a capped, scrollable view: the view scrolls itself until it reaches its top or bottom,
     * then the notebook scrolls, as a browser chains scrolling in JupyterLab.
     */
    public static void forwardAtEdges(Node node, ScrollPosition position) {
        node.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (Math.abs(event.getDeltaY()) <= Math.abs(event.getDeltaX())) {
                return;
            }
            boolean up = event.getDeltaY() > 0;
            if (up ? position.atTop() : position.atBottom()) {
                forward(node, event);
            }
        });
    }

    private static void forward(Node node, ScrollEvent event) {
        if (Math.abs(event.getDeltaY()) <= Math.abs(event.getDeltaX())) {
            return; // horizontal scrolling stays with the view (long code lines)
        }
        Parent parent = node.getParent();
        if (parent == null) {
            return;
        }
        event.consume();
        Event.fireEvent(parent, event.copyFor(parent, parent));
    }

    /** Where a scrollable view stands. */
    public interface ScrollPosition {
        boolean atTop();

        boolean atBottom();
    }
}
