package dev.continuum.editor.highlight;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Splits source text into coloured runs. Implementations are pure and stateless, so one instance
 * serves every editor and may run on any thread (the editor highlights on a background thread).
 */
public interface Highlighter {

    /**
     * The non-plain runs of {@code text}, in order and without overlap. Text between tokens is
     * plain. Unterminated strings and comments end where the language's own lexer would give up
     * (a single-quoted string at the end of its line, a block comment at the end of the text), so a
     * half-typed literal does not recolour the rest of the cell.
     */
    List<Token> tokenize(String text);

    /** The style spans of {@code text}, covering all of it; gaps between tokens are {@code plain}. */
    default StyleSpans<Collection<String>> highlight(String text) {
        return TokenSpans.toStyleSpans(tokenize(text), text.length());
    }
}
