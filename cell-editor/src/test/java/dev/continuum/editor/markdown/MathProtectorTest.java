package dev.continuum.editor.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MathProtectorTest {

    @Test
    void inlineDisplayAndEnvironmentsAreTakenOut() {
        MathProtector.Protected p = MathProtector.protect(
                "a $x_1 * y_2$ b $$\\sum_i i$$ \\(z\\) \\[w\\]\n\\begin{align}q\\end{align}");
        assertThat(p.formulas()).containsExactly(
                "$x_1 * y_2$", "$$\\sum_i i$$", "\\(z\\)", "\\[w\\]", "\\begin{align}q\\end{align}");
        assertThat(p.markdown()).doesNotContain("$").doesNotContain("\\(");
    }

    @Test
    void codeSpansFencedCodeAndEscapedDollarsAreLeftAlone() {
        String markdown = "`$a$` and \\$5 and $5\n\n```\n$x$\n```\n";
        MathProtector.Protected p = MathProtector.protect(markdown);
        assertThat(p.formulas()).isEmpty();
        assertThat(p.markdown()).isEqualTo(markdown);
    }

    @Test
    void aBlankLineEndsAnInlineFormula() {
        assertThat(MathProtector.protect("costs $5\n\nand $6").formulas()).isEmpty();
    }

    @Test
    void restoreSplitsTextIntoPlainAndMath() {
        MathProtector.Protected p = MathProtector.protect("see $x$ and $$y$$");
        List<MathProtector.Piece> pieces = MathProtector.restore(p.markdown(), p.formulas());
        assertThat(pieces).containsExactly(
                new MathProtector.Piece("see ", false, false), new MathProtector.Piece("$x$", true, false),
                new MathProtector.Piece(" and ", false, false), new MathProtector.Piece("$$y$$", true, true));
    }
}
