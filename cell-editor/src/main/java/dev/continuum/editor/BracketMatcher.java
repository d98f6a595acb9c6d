package dev.continuum.editor;

import dev.continuum.editor.highlight.Highlighter;
import dev.continuum.editor.highlight.Token;
import dev.continuum.editor.highlight.TokenKind;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds the bracket that matches the one beside the caret, as CodeMirror's matchBrackets does:
 * the bracket before the caret first, then the one after. Brackets inside strings and comments
 * do not count (the highlighter knows where those are).
 */
final class BracketMatcher {

    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";

    private BracketMatcher() {
    }

    /**
     * The bracket at {@code at} and its partner. {@code partner} is -1 when there is none or the
     * nearest one is of the wrong kind ({@code (]}): the editor marks such a bracket as unmatched.
     */
    record Match(int at, int partner) {
        boolean matched() {
            return partner >= 0;
        }
    }

    static Optional<Match> find(Highlighter highlighter, String text, int caret) {
        boolean before = caret > 0 && isBracketChar(text.charAt(caret - 1));
        boolean after = caret < text.length() && isBracketChar(text.charAt(caret));
        if (!before && !after) {
            return Optional.empty(); // the common case: no lexing at all
        }
        BitSet brackets = codeBrackets(highlighter, text);
        if (before && brackets.get(caret - 1)) {
            return Optional.of(new Match(caret - 1, partner(text, brackets, caret - 1)));
        }
        if (after && brackets.get(caret)) {
            return Optional.of(new Match(caret, partner(text, brackets, caret)));
        }
        return Optional.empty();
    }

    /** Positions of brackets that are code. A plain highlighter knows no strings, so all brackets count. */
    private static BitSet codeBrackets(Highlighter highlighter, String text) {
        BitSet result = new BitSet(text.length());
        List<Token> tokens = highlighter.tokenize(text);
        boolean any = false;
        for (Token token : tokens) {
            if (token.kind() == TokenKind.BRACKET) {
                result.set(token.start(), token.end());
                any = true;
            }
        }
        if (!any && tokens.isEmpty()) {
            for (int i = 0; i < text.length(); i++) {
                if (isBracketChar(text.charAt(i))) {
                    result.set(i);
                }
            }
        }
        return result;
    }

    private static int partner(String text, BitSet brackets, int at) {
        char bracket = text.charAt(at);
        boolean opening = OPEN.indexOf(bracket) >= 0;
        Deque<Character> pending = new ArrayDeque<>();
        int step = opening ? 1 : -1;
        for (int i = at + step; i >= 0 && i < text.length(); i += step) {
            if (!brackets.get(i)) {
                continue;
            }
            char c = text.charAt(i);
            boolean sameDirection = opening ? OPEN.indexOf(c) >= 0 : CLOSE.indexOf(c) >= 0;
            if (sameDirection) {
                pending.push(c);
            } else if (!pending.isEmpty()) {
                char inner = pending.pop();
                if (!pair(opening ? inner : c, opening ? c : inner)) {
                    return -1; // a mismatch inside: the structure is broken, claim no partner
                }
            } else {
                return pair(opening ? bracket : c, opening ? c : bracket) ? i : -1;
            }
        }
        return -1;
    }

    private static boolean pair(char open, char close) {
        return OPEN.indexOf(open) >= 0 && OPEN.indexOf(open) == CLOSE.indexOf(close);
    }

    private static boolean isBracketChar(char c) {
        return OPEN.indexOf(c) >= 0 || CLOSE.indexOf(c) >= 0;
    }
}
