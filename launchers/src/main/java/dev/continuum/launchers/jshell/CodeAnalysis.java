package dev.continuum.launchers.jshell;

import dev.continuum.launchers.kernel.Completion;
import dev.continuum.launchers.kernel.Inspection;
import dev.continuum.launchers.kernel.IsComplete;
import dev.continuum.notebook.MimeBundle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Completion, inspection and is-complete for Java cells, on JShell's source analysis. Works on the
 * snippet under the cursor, with magic lines blanked, so a cell of many snippets behaves as one.
 */
final class CodeAnalysis {

    private static final String INDENT = "    ";

    private CodeAnalysis() {
    }

    static Completion complete(SourceCodeAnalysis analysis, String cell, int cursor) {
        Magics.Parsed parsed = Magics.parse(cell);
        String code = parsed.code();
        int at = clamp(cursor, code);
        int line = new CellText(cell).lineOf(at);
        if (parsed.magics().stream().anyMatch(magic -> magic.line() == line)) {
            return new Completion(List.of(), at, at);
        }
        int start = SnippetSpan.startOfSnippetAt(analysis, code, at);
        int[] anchor = new int[1];
        Set<String> matches = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion suggestion
                : analysis.completionSuggestions(code.substring(start, at), at - start, anchor)) {
            matches.add(suggestion.continuation());
        }
        return new Completion(List.copyOf(matches), start + anchor[0], at);
    }

    static Inspection inspect(SourceCodeAnalysis analysis, String cell, int cursor, int detailLevel) {
        String code = Magics.parse(cell).code();
        int at = clamp(cursor, code);
        int start = SnippetSpan.startOfSnippetAt(analysis, code, at);
        int end = at;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        String snippet = code.substring(start, end);
        int position = end - start;
        boolean javadoc = detailLevel > 0;
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(snippet, position, javadoc);
        if (docs.isEmpty()) {
            docs = analysis.documentation(snippet + "(", position + 1, javadoc);
        }
        if (!docs.isEmpty()) {
            return new Inspection(true, MimeBundle.ofText("text/plain", text(docs)));
        }
        String type = analysis.analyzeType(snippet, position);
        if (type != null && !type.isEmpty()) {
            return new Inspection(true, MimeBundle.ofText("text/plain", type));
        }
        return new Inspection(false, MimeBundle.EMPTY);
    }

    static IsComplete isComplete(SourceCodeAnalysis analysis, String cell) {
        String rest = Magics.parse(cell).code();
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            switch (completeness) {
                case EMPTY:
                    return new IsComplete(IsComplete.Status.COMPLETE, "");
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return new IsComplete(IsComplete.Status.INCOMPLETE, indent(rest));
                case UNKNOWN:
                    return new IsComplete(IsComplete.Status.INVALID, "");
                default:
                    rest = info.remaining();
            }
        }
        return new IsComplete(IsComplete.Status.COMPLETE, "");
    }

    /** The next line's indent: the last line's, one step deeper after an opening bracket. */
    static String indent(String code) {
        List<String> lines = code.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return "";
        }
        String last = lines.get(lines.size() - 1);
        String leading = last.substring(0, last.length() - last.stripLeading().length());
        String trimmed = last.strip();
        boolean opens = trimmed.endsWith("{") || trimmed.endsWith("(") || trimmed.endsWith("[");
        return opens ? leading + INDENT : leading;
    }

    private static String text(List<SourceCodeAnalysis.Documentation> docs) {
        List<String> parts = new ArrayList<>();
        for (SourceCodeAnalysis.Documentation doc : docs) {
            parts.add(doc.signature());
        }
        String javadoc = docs.get(0).javadoc();
        if (javadoc != null && !javadoc.isBlank()) {
            parts.add("");
            parts.add(javadoc.strip());
        }
        return String.join("\n", parts);
    }

    private static int clamp(int cursor, String code) {
        return Math.max(0, Math.min(cursor, code.length()));
    }
}
