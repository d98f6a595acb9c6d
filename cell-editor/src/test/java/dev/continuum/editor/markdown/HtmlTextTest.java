package dev.continuum.editor.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsTextBreaksAndImages() {
        assertThat(HtmlText.parse("<center><b>Title</b> &amp; more<br>next</center><!-- c --><img src=\"a.png\" alt='A'>"))
                .containsExactly(new HtmlText.Part("Title & more\nnext", null, null), new HtmlText.Part(null, "a.png", "A"));
    }
}
