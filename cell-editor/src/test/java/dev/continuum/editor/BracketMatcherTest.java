package dev.continuum.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.editor.highlight.Highlighter;
import dev.continuum.editor.highlight.Highlighters;
import org.junit.jupiter.api.Test;

class BracketMatcherTest {

    private final Highlighter python = Highlighters.forLanguage("python");

    @Test
    void matchesTheBracketBeforeTheCaretFirst() {
        // "f(a[1])": caret after '(' (position 2) matches the ')' at 6.
        assertThat(BracketMatcher.find(python, "f(a[1])", 2)).contains(new BracketMatcher.Match(1, 6));
        // caret before '[' with no bracket before it: matches the one after.
        assertThat(BracketMatcher.find(python, "f(a[1])", 3)).contains(new BracketMatcher.Match(3, 5));
        // caret after ')' at the end: searches backwards.
        assertThat(BracketMatcher.find(python, "f(a[1])", 7)).contains(new BracketMatcher.Match(6, 1));
    }

    @Test
    void ignoresBracketsInStringsAndComments() {
        assertThat(BracketMatcher.find(python, "(')' # )\n)", 1)).contains(new BracketMatcher.Match(0, 9));
        assertThat(BracketMatcher.find(python, "x = ')'", 6)).isEmpty();
    }

    @Test
    void reportsMismatchAndMissingPartner() {
        assertThat(BracketMatcher.find(python, "(]", 1)).contains(new BracketMatcher.Match(0, -1));
        assertThat(BracketMatcher.find(python, "((", 2)).contains(new BracketMatcher.Match(1, -1));
        assertThat(BracketMatcher.find(python, "ab", 1)).isEmpty();
    }

    @Test
    void plainTextCountsEveryBracket() {
        assertThat(BracketMatcher.find(Highlighters.forLanguage("text"), "{a}", 1)).contains(new BracketMatcher.Match(0, 2));
    }
}
