package dev.continuum.launchers.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line numbers of a cell and the magic lines at its top. */
class CellSourceTest {

    @Test
    void offsetsBecomeTheCellsOwnLinesAndColumns() {
        CellText cell = new CellText("int a = 1;\r\n\nfoo(a);");

        assertThat(cell.lineOf(0)).isEqualTo(1);
        assertThat(cell.lineOf(13)).isEqualTo(3);
        assertThat(cell.columnOf(cell.text().indexOf("a);"))).isEqualTo(4);
        assertThat(cell.line(1)).isEqualTo("int a = 1;");
        assertThat(cell.line(2)).isEmpty();
        assertThat(cell.lineOf(1000)).isEqualTo(3);
        assertThat(cell.lineCount()).isEqualTo(3);
    }

    @Test
    void magicLinesAtTheTopAreTakenOutKeepingOffsets() {
        String cell = "%maven a:b:1 c:d:2\n\n  %classpath /x.jar\nint x = 1;\n%maven not:a:magic\n";

        Magics.Parsed parsed = Magics.parse(cell);

        assertThat(parsed.magics()).containsExactly(
                new Magics.Magic("maven", "a:b:1 c:d:2", 1),
                new Magics.Magic("classpath", "/x.jar", 3));
        assertThat(parsed.code()).hasSameSizeAs(cell);
        assertThat(parsed.code().lines().toList()).containsExactly(
                " ".repeat(18), "", " ".repeat(19), "int x = 1;", "%maven not:a:magic");
    }

    @Test
    void aCellWithoutMagicIsUnchanged() {
        String cell = "System.out.println(1 % 2);";

        assertThat(Magics.parse(cell)).isEqualTo(new Magics.Parsed(List.of(), cell));
    }

    @Test
    void theNextLineIndentsOneStepAfterAnOpeningBracket() {
        assertThat(CodeAnalysis.indent("for (int i=0;i<3;i++) {")).isEqualTo("    ");
        assertThat(CodeAnalysis.indent("if (x) {\n    foo(")).isEqualTo("        ");
        assertThat(CodeAnalysis.indent("  int x =")).isEqualTo("  ");
        assertThat(CodeAnalysis.indent("")).isEmpty();
    }
}
