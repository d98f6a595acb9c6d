package dev.continuum.editor;

import java.util.ArrayList;
import java.util.List;

/** Plain-text search within one cell, with or without case; matches never overlap. */
final class FindReplace {

    private FindReplace() {
    }

    /** The first match at or after {@code from}, wrapping to the start; -1 when there is none. */
    static int findNext(String text, String query, int from, boolean caseSensitive) {
        if (query.isEmpty()) {
            return -1;
        }
        int start = Math.max(0, Math.min(from, text.length()));
        int found = indexOf(text, query, start, caseSensitive);
        return found >= 0 ? found : indexOf(text, query, 0, caseSensitive);
    }

    /** Start positions of all non-overlapping matches, left to right. */
    static List<Integer> findAll(String text, String query, boolean caseSensitive) {
        List<Integer> matches = new ArrayList<>();
        if (query.isEmpty()) {
            return matches;
        }
        int at = indexOf(text, query, 0, caseSensitive);
        while (at >= 0) {
            matches.add(at);
            at = indexOf(text, query, at + query.length(), caseSensitive);
        }
        return matches;
    }

    private static int indexOf(String text, String query, int from, boolean caseSensitive) {
        if (caseSensitive) {
            return text.indexOf(query, from);
        }
        for (int i = from; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }
}
