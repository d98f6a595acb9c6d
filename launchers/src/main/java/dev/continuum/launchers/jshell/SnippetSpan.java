package dev.continuum.launchers.jshell;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * One snippet of a cell: its source as JShell will evaluate it and the offset in the cell where
 * it starts. Leading blank space is left out of the source, since JShell numbers the lines of a
 * snippet that starts with line breaks wrongly in stack traces.
 */
record SnippetSpan(int start, String source) {

    /**
     * Cuts {@code code} into snippets, as JShell's own tool does with its input. An incomplete tail
     * becomes a last snippet of its own, so evaluating it reports the compiler's error.
     */
    static List<SnippetSpan> split(SourceCodeAnalysis analysis, String code) {
        List<SnippetSpan> spans = new ArrayList<>();
        int offset = 0;
        while (offset < code.length()) {
            String rest = code.substring(offset);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            boolean whole = info.source() != null && info.completeness().isComplete()
                    || info.completeness() == Completeness.UNKNOWN && info.source() != null;
            String source = whole ? info.source() : rest;
            int consumed = whole ? rest.length() - info.remaining().length() : rest.length();
            int lead = leadingBlank(source);
            if (lead < source.length()) {
                spans.add(new SnippetSpan(offset + lead, source.substring(lead)));
            }
            if (consumed <= 0) {
                break;
            }
            offset += consumed;
        }
        return spans;
    }

    /** The snippet of {@code code} that holds {@code cursor}: where it starts, for completion and inspection. */
    static int startOfSnippetAt(SourceCodeAnalysis analysis, String code, int cursor) {
        String before = code.substring(0, cursor);
        int offset = 0;
        while (offset < before.length()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(before.substring(offset));
            if (!info.completeness().isComplete() || info.remaining().isBlank()) {
                break;
            }
            offset += before.length() - offset - info.remaining().length();
        }
        return offset + leadingBlank(before.substring(offset));
    }

    private static int leadingBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
