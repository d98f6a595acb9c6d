package dev.continuum.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindReplaceTest {

    @Test
    void findsForwardAndWraps() {
        assertThat(FindReplace.findNext("ab ab", "ab", 1, true)).isEqualTo(3);
        assertThat(FindReplace.findNext("ab ab", "ab", 4, true)).isZero();
        assertThat(FindReplace.findNext("ab", "x", 0, true)).isEqualTo(-1);
        assertThat(FindReplace.findNext("ab", "", 0, true)).isEqualTo(-1);
    }

    @Test
    void caseInsensitiveAndNonOverlapping() {
        assertThat(FindReplace.findNext("xAB", "ab", 0, false)).isEqualTo(1);
        assertThat(FindReplace.findNext("xAB", "ab", 0, true)).isEqualTo(-1);
        assertThat(FindReplace.findAll("aaaa", "aa", true)).containsExactly(0, 2);
        assertThat(FindReplace.findAll("Aa aA", "aa", false)).containsExactly(0, 3);
    }
}
