package dev.continuum.editor.highlight;

import java.util.List;

/** Python 3 as written in notebooks; the lexing itself is in {@link PythonLexer}. */
final class PythonHighlighter implements Highlighter {

    @Override
    public List<Token> tokenize(String text) {
        return new PythonLexer(text).run();
    }
}
