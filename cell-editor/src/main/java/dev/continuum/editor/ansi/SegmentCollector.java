package dev.continuum.editor.ansi;

import java.util.ArrayList;
import java.util.List;

/** Appends text runs, merging a run into the previous one when their styles are equal. */
final class SegmentCollector {

    private final List<AnsiSegment> segments = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private AnsiStyle pendingStyle;

    void add(String text, AnsiStyle style) {
        if (text.isEmpty()) {
            return;
        }
        if (pendingStyle != null && !pendingStyle.equals(style)) {
            flush();
        }
        pendingStyle = style;
        pending.append(text);
    }

    /** A line break takes the style of the text before it, so it never splits a run. */
    void addLineBreak() {
        if (pendingStyle == null) {
            pendingStyle = AnsiStyle.DEFAULT;
        }
        pending.append('\n');
    }

    List<AnsiSegment> finish() {
        flush();
        return segments;
    }

    private void flush() {
        if (!pending.isEmpty()) {
            segments.add(new AnsiSegment(pending.toString(), pendingStyle));
            pending.setLength(0);
        }
        pendingStyle = null;
    }
}
