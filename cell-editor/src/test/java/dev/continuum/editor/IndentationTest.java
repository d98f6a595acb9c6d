package dev.continuum.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.editor.highlight.Language;
import org.junit.jupiter.api.Test;

class IndentationTest {

    @Test
    void keepsTheIndentationOfTheLine() {
        assertThat(Indentation.onEnter(Language.PYTHON, "    x = 1", "").text()).isEqualTo("\n    ");
        assertThat(Indentation.onEnter(Language.OTHER, "\tx", "").text()).isEqualTo("\n\t");
    }

    @Test
    void indentsAfterPythonColonEvenWithATrailingComment() {
        assertThat(Indentation.onEnter(Language.PYTHON, "if x:", "").text()).isEqualTo("\n    ");
        assertThat(Indentation.onEnter(Language.PYTHON, "    for i in r:  # loop", "").text()).isEqualTo("\n        ");
        // A colon inside a string does not open a block, nor does one in Java.
        assertThat(Indentation.onEnter(Language.PYTHON, "s = 'a:'", "").text()).isEqualTo("\n");
        assertThat(Indentation.onEnter(Language.JAVA, "case 1:", "").text()).isEqualTo("\n");
    }

    @Test
    void indentsAfterJavaBraceAndSplitsABracePair() {
        assertThat(Indentation.onEnter(Language.JAVA, "class A {", "").text()).isEqualTo("\n    ");
        Indentation.Insertion pair = Indentation.onEnter(Language.JAVA, "  void f() {", "}");
        assertThat(pair.text()).isEqualTo("\n      \n  ");
        assertThat(pair.caretOffset()).isEqualTo(7);
    }

    @Test
    void dedentsAfterPythonReturn() {
        assertThat(Indentation.onEnter(Language.PYTHON, "        return x", "").text()).isEqualTo("\n    ");
        assertThat(Indentation.onEnter(Language.PYTHON, "    pass", "").text()).isEqualTo("\n");
        assertThat(Indentation.onEnter(Language.PYTHON, "    returned = 1", "").text()).isEqualTo("\n    ");
    }

    @Test
    void backspaceInLeadingSpacesGoesBackOneStop() {
        assertThat(Indentation.backspaceWidth("        ")).isEqualTo(4);
        assertThat(Indentation.backspaceWidth("      ")).isEqualTo(2);
        assertThat(Indentation.backspaceWidth("    x")).isEqualTo(1);
        assertThat(Indentation.backspaceWidth("")).isEqualTo(1);
    }

    @Test
    void closingBraceOnAnEmptyLineMovesOut() {
        assertThat(Indentation.beforeClosingBrace("        ", "")).isEqualTo("    ");
        assertThat(Indentation.beforeClosingBrace("    x", "")).isNull();
        assertThat(Indentation.outdentWidth("  x")).isEqualTo(2);
    }
}
