package dev.continuum.editor.highlight;

import java.util.ArrayList;
import java.util.List;

/** Collects tokens in order, dropping empty ones, so lexers can emit without bounds checks. */
final class TokenSink {

    private final List<Token> tokens = new ArrayList<>();

    void add(TokenKind kind, int start, int end) {
        if (end > start) {
            tokens.add(new Token(kind, start, end));
        }
    }

    List<Token> tokens() {
        return tokens;
    }
}
