package dev.continuum.editor.highlight;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Turns a token list into RichTextFX style spans that cover the whole text. */
public final class TokenSpans {

    private TokenSpans() {
    }

    public static StyleSpans<Collection<String>> toStyleSpans(List<Token> tokens, int length) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(tokens.size() * 2 + 1);
        int position = 0;
        for (Token token : tokens) {
            if (token.start() > position) {
                builder.add(TokenKind.PLAIN.styles(), token.start() - position);
            }
            builder.add(token.kind().styles(), token.length());
            position = token.end();
        }
        // The builder refuses to create empty spans, so empty text still gets one (empty) plain span.
        if (position < length || position == 0) {
            builder.add(TokenKind.PLAIN.styles(), length - position);
        }
        return builder.create();
    }
}
