package dev.continuum.editor.highlight;

import java.util.Objects;

/** A run {@code [start, end)} of the text with one kind. */
public record Token(TokenKind kind, int start, int end) {

    public Token {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
