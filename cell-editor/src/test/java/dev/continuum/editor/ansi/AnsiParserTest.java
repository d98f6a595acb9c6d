package dev.continuum.editor.ansi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnsiParserTest {

    private static final String ESC = "\u001B";

    @Test
    void plainTextIsOneDefaultSegment() {
        assertThat(AnsiParser.parse("hello\nworld")).containsExactly(new AnsiSegment("hello\nworld", AnsiStyle.DEFAULT));
    }

    @Test
    void basicColoursBoldAndReset() {
        List<AnsiSegment> segments = AnsiParser.parse(ESC + "[31mred" + ESC + "[1;32m bold green" + ESC + "[0m plain");
        assertThat(segments).extracting(AnsiSegment::text).containsExactly("red", " bold green", " plain");
        assertThat(segments.get(0).foreground()).isEqualTo(AnsiColor.indexed(1));
        assertThat(segments.get(0).bold()).isFalse();
        assertThat(segments.get(1).foreground()).isEqualTo(AnsiColor.indexed(2));
        assertThat(segments.get(1).bold()).isTrue();
        assertThat(segments.get(2).style()).isEqualTo(AnsiStyle.DEFAULT);
    }

    @Test
    void brightBackgroundItalicUnderlineAndTheirResets() {
        List<AnsiSegment> segments = AnsiParser.parse(ESC + "[94;103;3;4mA" + ESC + "[23;24;39;49mB");
        AnsiSegment a = segments.get(0);
        assertThat(a.foreground()).isEqualTo(AnsiColor.indexed(12));
        assertThat(a.background()).isEqualTo(AnsiColor.indexed(11));
        assertThat(a.italic()).isTrue();
        assertThat(a.underline()).isTrue();
        assertThat(segments.get(1).style()).isEqualTo(AnsiStyle.DEFAULT);
    }

    @Test
    void colours256And24BitInBothForms() {
        List<AnsiSegment> segments = AnsiParser.parse(
                ESC + "[38;5;208mA" + ESC + "[48;2;10;20;30mB" + ESC + "[38:2::1:2:3mC" + ESC + "[38:5:196;1mD");
        assertThat(segments.get(0).foreground()).isEqualTo(AnsiColor.indexed(208));
        assertThat(segments.get(0).foreground().rgb()).isEqualTo(0xFF8700);
        assertThat(segments.get(1).background()).isEqualTo(AnsiColor.rgb(10, 20, 30));
        assertThat(segments.get(1).foreground()).isEqualTo(AnsiColor.indexed(208));
        assertThat(segments.get(2).foreground()).isEqualTo(AnsiColor.rgb(1, 2, 3));
        assertThat(segments.get(3).foreground()).isEqualTo(AnsiColor.indexed(196));
        assertThat(segments.get(3).bold()).isTrue();
    }

    @Test
    void greyRampAndEmptySgrResets() {
        assertThat(AnsiColor.indexed(232).rgb()).isEqualTo(0x080808);
        assertThat(AnsiColor.indexed(255).rgb()).isEqualTo(0xEEEEEE);
        assertThat(AnsiColor.indexed(16).rgb()).isZero();
        assertThat(AnsiParser.parse(ESC + "[1mA" + ESC + "[mB").get(1).style()).isEqualTo(AnsiStyle.DEFAULT);
    }

    @Test
    void carriageReturnOverwritesTheLineSoProgressShowsItsLastState() {
        assertThat(AnsiParser.plainText(" 10%|#    |\r 50%|###  |\r100%|#####|\ndone\n"))
                .isEqualTo("100%|#####|\ndone\n");
        assertThat(AnsiParser.plainText("abcdef\rXY")).isEqualTo("XYcdef");
        assertThat(AnsiParser.plainText("a\rbb\rc")).isEqualTo("cb");
    }

    @Test
    void crlfIsALineBreakAndTrailingCarriageReturnKeepsTheLine() {
        assertThat(AnsiParser.plainText("one\r\ntwo\r\r\nthree\r")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void backspaceDeletesThePreviousCharacter() {
        assertThat(AnsiParser.plainText("abc\b\bd")).isEqualTo("ad");
        assertThat(AnsiParser.plainText("\bx")).isEqualTo("x");
    }

    @Test
    void overwrittenCharactersTakeTheNewStyle() {
        List<AnsiSegment> segments = AnsiParser.parse(ESC + "[31mabc\r" + ESC + "[32mX");
        assertThat(segments).extracting(AnsiSegment::text).containsExactly("X", "bc");
        assertThat(segments.get(0).foreground()).isEqualTo(AnsiColor.indexed(2));
        assertThat(segments.get(1).foreground()).isEqualTo(AnsiColor.indexed(1));
    }

    @Test
    void otherEscapeSequencesAreStripped() {
        String text = ESC + "]0;title" + "\u0007" + "a" + ESC + "[?25l" + ESC + "[2A" + "b" + ESC + "(B"
                + ESC + "]8;;http://x" + ESC + "\\link" + ESC + "]8;;" + ESC + "\\" + "\u0000c" + ESC;
        assertThat(AnsiParser.plainText(text)).isEqualTo("ablinkc");
    }

    @Test
    void eraseInLineAndCursorMoves() {
        assertThat(AnsiParser.plainText("long line\r" + ESC + "[Kshort")).isEqualTo("short");
        assertThat(AnsiParser.plainText("abcdef" + ESC + "[3D" + ESC + "[K!")).isEqualTo("abc!");
        assertThat(AnsiParser.plainText("ab" + ESC + "[5Gc")).isEqualTo("ab  c");
    }

    @Test
    void ipythonTracebackLine() {
        String line = ESC + "[0;31mZeroDivisionError" + ESC + "[0m: division by zero";
        List<AnsiSegment> segments = AnsiParser.parse(line);
        assertThat(segments).extracting(AnsiSegment::text).containsExactly("ZeroDivisionError", ": division by zero");
        assertThat(segments.get(0).foreground()).isEqualTo(AnsiColor.indexed(1));
    }

    @Test
    void lineBreaksDoNotSplitRuns() {
        List<AnsiSegment> segments = AnsiParser.parse(ESC + "[33mone\ntwo" + ESC + "[0m");
        assertThat(segments).containsExactly(
                new AnsiSegment("one\ntwo", new AnsiStyle(AnsiColor.indexed(3), null, false, false, false, false)));
    }

    @Test
    void tabsAreKept() {
        assertThat(AnsiParser.plainText("a\tb")).isEqualTo("a\tb");
    }
}
