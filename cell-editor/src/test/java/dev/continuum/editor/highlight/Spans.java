package dev.continuum.editor.highlight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/** Renders style spans as "class:text" pieces, so expected highlighting reads like the source. */
final class Spans {

    private Spans() {
    }

    static List<String> of(Highlighter highlighter, String text) {
        StyleSpans<Collection<String>> spans = highlighter.highlight(text);
        List<String> pieces = new ArrayList<>();
        int position = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            pieces.add(String.join("+", span.getStyle()) + ":" + text.substring(position, position + span.getLength()));
            position += span.getLength();
        }
        if (position != text.length()) {
            throw new AssertionError("spans cover " + position + " of " + text.length() + " characters");
        }
        return pieces;
    }

    /** Only the non-plain pieces: for samples where whitespace runs would drown the point. */
    static List<String> tokens(Highlighter highlighter, String text) {
        return of(highlighter, text).stream().filter(p -> !p.startsWith("plain:")).toList();
    }
}
