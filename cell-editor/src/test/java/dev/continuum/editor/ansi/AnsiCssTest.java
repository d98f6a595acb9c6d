package dev.continuum.editor.ansi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnsiCssTest {

    @Test
    void defaultStyleHasNoInlineCss() {
        assertThat(AnsiCss.text(AnsiStyle.DEFAULT)).isEmpty();
        assertThat(AnsiCss.background(AnsiStyle.DEFAULT)).isNull();
    }

    @Test
    void namedColoursAreLookedUpAndBoldUsesTheIntenseVariant() {
        AnsiStyle red = new AnsiStyle(AnsiColor.indexed(1), null, false, false, false, false);
        assertThat(AnsiCss.text(red)).isEqualTo("-fx-fill: -ansi-red;");
        AnsiStyle boldRed = new AnsiStyle(AnsiColor.indexed(1), AnsiColor.indexed(12), true, true, true, false);
        assertThat(AnsiCss.text(boldRed)).isEqualTo(
                "-fx-fill: -ansi-red-intense;-fx-font-weight: bold;-fx-font-style: italic;-fx-underline: true;");
        assertThat(AnsiCss.background(boldRed)).isEqualTo("-ansi-blue-intense");
    }

    @Test
    void paletteAndTrueColoursAreLiteral() {
        assertThat(AnsiCss.css(AnsiColor.indexed(208))).isEqualTo("#ff8700");
        assertThat(AnsiCss.css(AnsiColor.rgb(1, 2, 300))).isEqualTo("#0102ff");
    }

    @Test
    void inverseSwapsAndUsesThemeColoursForDefaults() {
        AnsiStyle inverse = new AnsiStyle(null, AnsiColor.indexed(2), false, false, false, true);
        assertThat(AnsiCss.fill(inverse)).isEqualTo("-ansi-green");
        assertThat(AnsiCss.background(inverse)).isEqualTo("-color-fg-default");
        AnsiStyle plainInverse = new AnsiStyle(null, null, false, false, false, true);
        assertThat(AnsiCss.text(plainInverse)).isEqualTo("-fx-fill: -color-bg-default;");
        assertThat(AnsiCss.background(plainInverse)).isEqualTo("-color-fg-default");
    }
}
