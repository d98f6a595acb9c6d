package dev.continuum.editor.output;

import dev.continuum.notebook.json.JsonBoolean;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonValue;

/**
 * How a cell's outputs are laid out, from the cell's metadata. {@code collapsed: true} (or
 * JupyterLab's {@code jupyter.outputs_hidden: true}) hides them behind a bar. {@code scrolled}
 * is {@code true} (a scroll box of bounded height), {@code false} (always full length) or absent /
 * {@code "auto"} (full length unless longer than {@link #AUTO_SCROLL_LINES} lines).
 */
public record OutputLayout(boolean collapsed, Scrolling scrolling) {

    /** Lines past which "auto" outputs become a scroll box, as the classic notebook's threshold. */
    public static final int AUTO_SCROLL_LINES = 100;

    /** Height of the scroll box, roughly 24 lines. */
    public static final double SCROLL_HEIGHT = 400;

    public enum Scrolling { ALWAYS, NEVER, AUTO }

    public static OutputLayout of(JsonObject cellMetadata) {
        JsonObject metadata = cellMetadata == null ? JsonObject.EMPTY : cellMetadata;
        boolean collapsed = isTrue(metadata.get("collapsed"))
                || metadata.findObject("jupyter").map(j -> isTrue(j.get("outputs_hidden"))).orElse(false);
        JsonValue scrolled = metadata.get("scrolled");
        Scrolling scrolling = scrolled == JsonBoolean.TRUE ? Scrolling.ALWAYS
                : scrolled == JsonBoolean.FALSE ? Scrolling.NEVER : Scrolling.AUTO;
        return new OutputLayout(collapsed, scrolling);
    }

    /** Whether outputs with {@code lineCount} lines of text go into a scroll box. */
    public boolean scrolls(int lineCount) {
        return switch (scrolling) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> lineCount > AUTO_SCROLL_LINES;
        };
    }

    private static boolean isTrue(JsonValue value) {
        return value == JsonBoolean.TRUE;
    }
}
