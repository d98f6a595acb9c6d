package dev.continuum.editor.completion;

import java.util.List;

/** What may replace the text between {@code start} and {@code end} (offsets in the editor's text). */
public record Suggestions(List<String> matches, int start, int end) {

    public static final Suggestions NONE = new Suggestions(List.of(), 0, 0);

    public Suggestions {
        matches = List.copyOf(matches);
    }
}
