package dev.continuum.editor.highlight;

import java.util.List;

/** For languages we do not know: everything is plain text. */
final class PlainHighlighter implements Highlighter {

    static final PlainHighlighter INSTANCE = new PlainHighlighter();

    @Override
    public List<Token> tokenize(String text) {
        return List.of();
    }
}
