package dev.continuum.editor.ansi;

import java.util.Objects;

/** A run of text with one style. Line breaks are part of the text. */
public record AnsiSegment(String text, AnsiStyle style) {

    public AnsiSegment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    public AnsiColor foreground() {
        return style.foreground();
    }

    public AnsiColor background() {
        return style.background();
    }

    public boolean bold() {
        return style.bold();
    }

    public boolean italic() {
        return style.italic();
    }

    public boolean underline() {
        return style.underline();
    }
}
