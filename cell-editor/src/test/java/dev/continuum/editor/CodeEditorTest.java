package dev.continuum.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.editor.highlight.Language;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.control.IndexRange;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CodeEditorTest {

    private CodeEditor editor;
    private VBox box;

    @Start
    void start(Stage stage) {
        editor = new CodeEditor("python");
        box = new VBox(editor.node());
        Scene scene = new Scene(box, 600, 500);
        EditorStyles.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void focusAtEnd(FxRobot robot) {
        robot.clickOn(editor.node());
        Fx.run(() -> editor.moveCaretTo(editor.getText().length()));
    }

    @Test
    void typingAutoIndentsAfterColonAndDedentsAfterReturn(FxRobot robot) {
        focusAtEnd(robot);
        robot.write("def f(x):");
        robot.type(KeyCode.ENTER);
        robot.write("return x");
        robot.type(KeyCode.ENTER);
        robot.write("y = 1");
        assertThat(Fx.call(editor::getText)).isEqualTo("def f(x):\n    return x\ny = 1");
    }

    @Test
    void javaBraceIndentsAndClosingBraceMovesOut(FxRobot robot) {
        Fx.run(() -> editor.setLanguage("java"));
        focusAtEnd(robot);
        robot.write("class A {");
        robot.type(KeyCode.ENTER);
        robot.write("int x;");
        robot.type(KeyCode.ENTER);
        robot.write("}");
        assertThat(Fx.call(editor::getText)).isEqualTo("class A {\n    int x;\n}");
        assertThat(Fx.call(editor::getLanguage)).isEqualTo(Language.JAVA);
    }

    @Test
    void enterBetweenBracesPutsTheClosingOneOnItsOwnLine(FxRobot robot) {
        Fx.run(() -> {
            editor.setLanguage("java");
            editor.replaceText("void f() {}");
        });
        robot.clickOn(editor.node());
        Fx.run(() -> editor.moveCaretTo(10));
        robot.type(KeyCode.ENTER);
        robot.write("g();");
        assertThat(Fx.call(editor::getText)).isEqualTo("void f() {\n    g();\n}");
    }

    @Test
    void tabInsertsFourSpacesAndBackspaceRemovesThem(FxRobot robot) {
        focusAtEnd(robot);
        robot.type(KeyCode.TAB);
        robot.write("x");
        assertThat(Fx.call(editor::getText)).isEqualTo("    x");
        robot.type(KeyCode.BACK_SPACE);
        robot.type(KeyCode.BACK_SPACE);
        assertThat(Fx.call(editor::getText)).isEmpty();
        assertThat(Fx.call(() -> editor.node().getScene().getFocusOwner())).isSameAs(editor.area());
    }

    @Test
    void highlightingIsAppliedAfterTypingPauses(FxRobot robot) {
        focusAtEnd(robot);
        robot.write("import os  # c");
        Fx.waitUntil(() -> editor.area().getStyleOfChar(0).contains("keyword")
                && editor.area().getStyleOfChar(12).contains("comment"));
        assertThat(Fx.call(() -> editor.area().getStyleOfChar(7))).containsExactly("plain");
    }

    @Test
    void replacedTextAndLanguageChangeAreHighlighted() {
        Fx.run(() -> editor.replaceText("public int x;"));
        // Python does not know "public": once highlighted, it is plain.
        Fx.waitUntil(() -> editor.area().getStyleOfChar(0).contains("plain"));
        Fx.run(() -> editor.setLanguage("java"));
        Fx.waitUntil(() -> editor.area().getStyleOfChar(0).contains("keyword")
                && editor.area().getStyleOfChar(8).contains("keyword"));
    }

    @Test
    void staleHighlightingResultsAreDiscarded(FxRobot robot) {
        Queue<Runnable> held = new ArrayDeque<>();
        Executor holding = held::add;
        CodeEditor controlled = Fx.call(() -> {
            CodeEditor e = new CodeEditor("python", holding);
            box.getChildren().add(e.node());
            return e;
        });
        Fx.run(() -> controlled.replaceText("def"));
        Fx.waitUntil(() -> !held.isEmpty());
        // The text changes before the background work runs: its result must not be applied.
        Fx.run(() -> controlled.area().replaceText("xyz"));
        Runnable stale = held.poll();
        stale.run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.call(() -> controlled.area().getStyleOfChar(0))).doesNotContain("keyword");
        // The run for the new text, once done, applies.
        Fx.run(() -> controlled.replaceText("pass"));
        Fx.waitUntil(() -> !held.isEmpty());
        while (!held.isEmpty()) {
            held.poll().run();
        }
        Fx.waitUntil(() -> controlled.area().getStyleOfChar(0).contains("keyword"));
    }

    @Test
    void bracketAtCaretAndItsPartnerAreMarked(FxRobot robot) {
        Fx.run(() -> editor.replaceText("f(a[1])"));
        robot.clickOn(editor.node());
        Fx.run(() -> editor.moveCaretTo(2));
        Fx.waitUntil(() -> editor.bracketMarks()[0].equals(new IndexRange(1, 2)));
        assertThat(Fx.call(editor::bracketMarks)).containsExactly(
                new IndexRange(1, 2), new IndexRange(6, 7), new IndexRange(0, 0));
        Fx.run(() -> editor.moveCaretTo(0));
        assertThat(Fx.call(editor::bracketMarks)).containsOnly(new IndexRange(0, 0));
        Fx.run(() -> editor.replaceText("(]"));
        Fx.run(() -> editor.moveCaretTo(1));
        assertThat(Fx.call(() -> editor.bracketMarks()[2])).isEqualTo(new IndexRange(0, 1));
    }

    @Test
    void replaceAllIsOneUndoableEdit() {
        Fx.run(() -> editor.replaceText("a b a B"));
        assertThat(Fx.call(() -> editor.replaceAll("b", "xy", false))).isEqualTo(2);
        assertThat(Fx.call(editor::getText)).isEqualTo("a xy a xy");
        assertThat(Fx.call(() -> editor.replaceAll("B", "z", true))).isZero();
        Fx.run(() -> editor.area().undo());
        assertThat(Fx.call(editor::getText)).isEqualTo("a b a B");
    }

    @Test
    void selectNextFindsWrapsAndReportsMisses() {
        Fx.run(() -> editor.replaceText("one two One"));
        assertThat(Fx.call(() -> editor.selectNext("one", false))).isTrue();
        assertThat(Fx.call(() -> editor.area().getSelection())).isEqualTo(new IndexRange(0, 3));
        assertThat(Fx.call(() -> editor.selectNext("one", false))).isTrue();
        assertThat(Fx.call(() -> editor.area().getSelection())).isEqualTo(new IndexRange(8, 11));
        assertThat(Fx.call(() -> editor.selectNext("one", false))).isTrue();
        assertThat(Fx.call(() -> editor.area().getSelection())).isEqualTo(new IndexRange(0, 3));
        assertThat(Fx.call(() -> editor.selectNext("ONE", true))).isFalse();
    }

    @Test
    void readOnlyRefusesTypingAndReplaceAll(FxRobot robot) {
        Fx.run(() -> {
            editor.replaceText("x = 1");
            editor.setReadOnly(true);
        });
        focusAtEnd(robot);
        robot.write("abc");
        robot.type(KeyCode.ENTER);
        assertThat(Fx.call(editor::getText)).isEqualTo("x = 1");
        assertThat(Fx.call(() -> editor.replaceAll("x", "y", true))).isZero();
        assertThat(Fx.call(editor::isReadOnly)).isTrue();
    }

    @Test
    void growsWithItsContentWithoutAVerticalScrollBar() {
        Fx.run(() -> editor.replaceText("a"));
        WaitForAsyncUtils.waitForFxEvents();
        double oneLine = Fx.call(() -> editor.node().getLayoutBounds().getHeight());
        Fx.run(() -> editor.replaceText("a\n".repeat(19) + "a"));
        Fx.waitUntil(() -> editor.node().getLayoutBounds().getHeight() > oneLine * 10);
        boolean verticalBarShown = Fx.call(() -> Fx.all(editor.node(), ScrollBar.class).stream()
                .anyMatch(bar -> bar.getOrientation() == javafx.geometry.Orientation.VERTICAL && bar.isVisible()));
        assertThat(verticalBarShown).isFalse();
    }

    @Test
    void longLinesScrollSidewaysWithoutHidingALine() {
        Fx.run(() -> editor.replaceText("x = [" + "1234567890, ".repeat(20) + "]\nlast"));
        Fx.run(() -> editor.moveCaretTo(editor.getText().length()));
        Fx.waitUntil(() -> Fx.all(editor.node(), ScrollBar.class).stream()
                .anyMatch(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible()));
        WaitForAsyncUtils.waitForFxEvents();
        // The bar adds to the height: the area need not scroll its first line away to show the caret.
        assertThat(Fx.call(() -> editor.area().getEstimatedScrollY())).isZero();
    }

    @Test
    void lineNumbersArePaddedToTheWidestNumber() {
        Fx.run(() -> editor.replaceText("a\n".repeat(11) + "b"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> numbers = Fx.call(() -> editor.node().lookupAll(".lineno").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        assertThat(numbers).contains(" 1", " 9", "10", "12");
        assertThat(LineNumbers.format(3, 100)).isEqualTo("  3");
    }

    @Test
    void replaceTextWithTheSameTextKeepsTheCaret() {
        Fx.run(() -> {
            editor.replaceText("abc");
            editor.moveCaretTo(1);
            editor.replaceText("abc");
        });
        assertThat(Fx.call(() -> editor.caretPositionProperty().getValue())).isEqualTo(1);
        assertThat(Fx.call(() -> editor.textProperty().getValue())).isEqualTo("abc");
    }
}
