package dev.continuum.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.editor.completion.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Tab after a name completes from the source (a kernel); elsewhere Tab still indents. */
@ExtendWith(ApplicationExtension.class)
class CompletionTest {

    private CodeEditor editor;
    private final List<String> asked = new ArrayList<>();
    private List<String> answer = List.of();

    @Start
    void start(Stage stage) {
        editor = new CodeEditor("python");
        answerReplacing("");
        Scene scene = new Scene(new VBox(editor.node()), 600, 400);
        EditorStyles.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void typeAtEnd(FxRobot robot, String text) {
        robot.clickOn(editor.node());
        Fx.run(() -> editor.moveCaretTo(editor.getText().length()));
        robot.write(text);
    }

    private void answerReplacing(String word) {
        // The source answers for the word before the caret, as a kernel's cursor_start/end do.
        editor.setCompletionSource((text, caret) -> {
            asked.add(text.substring(0, caret));
            return CompletableFuture.supplyAsync(() -> new Suggestions(answer, caret - word.length(), caret));
        });
    }

    @Test
    void aSingleMatchIsInsertedAtOnce(FxRobot robot) {
        answer = List.of("path");
        Fx.run(() -> answerReplacing("pa"));
        typeAtEnd(robot, "os.pa");
        robot.type(KeyCode.TAB);
        Fx.waitUntil(() -> Fx.call(editor::getText).equals("os.path"));
        assertThat(asked).containsExactly("os.pa");
        assertThat(Fx.call(() -> editor.caretPositionProperty().getValue())).isEqualTo(7);
    }

    @Test
    void severalMatchesAreListedAndEnterInsertsTheChosenOne(FxRobot robot) {
        answer = List.of("pardir", "path", "pathsep");
        Fx.run(() -> answerReplacing("pa"));
        typeAtEnd(robot, "os.pa");
        robot.type(KeyCode.TAB);
        Fx.waitUntil(() -> Fx.call(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing()
                && w.getScene() != null && w.getScene().getRoot().lookup(".completion-list") != null)));
        @SuppressWarnings("unchecked")
        ListView<String> list = Fx.call(() -> (ListView<String>) Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot().lookup(".completion-list") != null)
                .findFirst().orElseThrow().getScene().getRoot().lookup(".completion-list"));
        assertThat(Fx.call(list::getItems)).containsExactly("pardir", "path", "pathsep");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        Fx.waitUntil(() -> Fx.call(editor::getText).equals("os.path"));
    }

    @Test
    void tabAtTheStartOfALineStillIndentsAndNothingIsAsked(FxRobot robot) {
        answer = List.of("never");
        robot.clickOn(editor.node());
        robot.type(KeyCode.TAB);
        robot.write("x");
        assertThat(Fx.call(editor::getText)).isEqualTo("    x");
        assertThat(asked).isEmpty();
    }

    @Test
    void withoutASourceTabIndentsEvenAfterAName(FxRobot robot) {
        Fx.run(() -> editor.setCompletionSource(null));
        typeAtEnd(robot, "x");
        robot.type(KeyCode.TAB);
        assertThat(Fx.call(editor::getText)).isEqualTo("x    ");
    }
}
