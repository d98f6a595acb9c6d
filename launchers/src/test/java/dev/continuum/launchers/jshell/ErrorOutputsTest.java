package dev.continuum.launchers.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.notebook.ErrorOutput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How errors read: the cell's lines, a caret under the problem, no JShell wrapper names. */
class ErrorOutputsTest {

    @Test
    void theCaretFollowsTabsInTheSourceLine() {
        CellText cell = new CellText("void f() {\n\tint x = y;\n}");
        int offset = cell.text().indexOf("y;");

        ErrorOutput error = ErrorOutputs.compilation(cell,
                List.of(new ErrorOutputs.Problem(offset, 1, "cannot find symbol\n  symbol:   variable y\n  location: class ")));

        assertThat(error.evalue()).isEqualTo("cannot find symbol");
        assertThat(error.traceback()).containsExactly(
                "Error at line 2 of the cell: cannot find symbol",
                "\tint x = y;",
                "\t        ^",
                "  symbol:   variable y");
    }

    @Test
    void anErrorPastTheEndPointsJustAfterTheLastCode() {
        CellText cell = new CellText("int f() {\n  return 1;\n\n");

        ErrorOutput error = ErrorOutputs.compilation(cell,
                List.of(new ErrorOutputs.Problem(cell.text().length() + 1, 1, "reached end of file while parsing")));

        assertThat(error.traceback()).containsExactly(
                "Error at line 2 of the cell: reached end of file while parsing",
                "  return 1;",
                "           ^");
    }

    @Test
    void aProblemWithoutPositionNamesTheSnippetsFirstLine() {
        ErrorOutput error = ErrorOutputs.compilation(new CellText("a\nb"),
                List.of(new ErrorOutputs.Problem(-1, 2, "rejected")));

        assertThat(error.traceback()).containsExactly("Error at line 2 of the cell: rejected", "b");
    }

    @Test
    void wrapperNamesAreRemovedFromMessages() {
        assertThat(ErrorOutputs.clean("Cannot invoke \"Object.hashCode()\" because \"REPL.$JShell$8.o\" is null"))
                .isEqualTo("Cannot invoke \"Object.hashCode()\" because \"o\" is null");
        assertThat(ErrorOutputs.clean("REPL.$JShell$12$Oops")).isEqualTo("Oops");
    }

    @Test
    void framesNameTheCellTheyCameFrom() {
        SnippetOrigins origins = new SnippetOrigins();
        origins.record("3", 10, 4, 5);
        origins.record("7", 11, 5, 2);
        origins.record("8", 12, null, 1);

        assertThat(origins.frame(new StackTraceElement("", "f", "#3", 2), 11)).isEqualTo("at f (line 6 of cell [4])");
        assertThat(origins.frame(new StackTraceElement("Foo", "bar", "#7", 1), 11))
                .isEqualTo("at Foo.bar (line 2 of the cell)");
        assertThat(origins.frame(new StackTraceElement("", "", "#7", 3), 11)).isEqualTo("at line 4 of the cell");
        assertThat(origins.frame(new StackTraceElement("", "g", "#8", 1), 11))
                .isEqualTo("at g (line 1 of an earlier cell)");
        assertThat(origins.frame(new StackTraceElement("", "h", "#99", 4), 11)).isEqualTo("at h (#99:4)");
        assertThat(origins.frame(new StackTraceElement("java.util.List", "of", "List.java", 9), 11))
                .isEqualTo("at java.util.List.of(List.java:9)");
    }

    @Test
    void anInterruptIsAnErrorNamedInterrupted() {
        assertThat(ErrorOutputs.interrupted().ename()).isEqualTo("Interrupted");
    }
}
