package dev.continuum.editor.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.editor.Fx;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import dev.continuum.notebook.json.JsonBoolean;
import dev.continuum.notebook.json.JsonObject;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class OutputAreaTest {

    private VBox host;

    @Start
    void start(Stage stage) {
        host = Fx.notebookColumn(stage, 600, 800);
    }

    private OutputArea show(List<Output> outputs, JsonObject metadata) {
        return Fx.call(() -> {
            OutputArea area = new OutputArea(outputs, metadata, false);
            host.getChildren().setAll(area.node());
            host.applyCss();
            host.layout();
            return area;
        });
    }

    private static List<Output> lines(int count) {
        return List.of(new StreamOutput("stdout", "line\n".repeat(count)));
    }

    @Test
    void collapsedOutputsHideBehindABarThatExpandsOnClick(FxRobot robot) {
        OutputArea area = show(lines(3), JsonObject.of("collapsed", JsonBoolean.TRUE));
        Button bar = (Button) area.node().lookup(".output-collapsed-bar");
        assertThat(bar.getText()).contains("collapsed");
        assertThat(area.node().lookup(".output-stream")).isNull();
        robot.clickOn(bar);
        assertThat(Fx.call(area::isCollapsed)).isFalse();
        assertThat(area.node().lookup(".output-stream")).isNotNull();
        Fx.run(() -> area.setCollapsed(true));
        assertThat(area.node().lookup(".output-stream")).isNull();
    }

    @Test
    void scrolledTrueBoundsTheHeight() {
        OutputArea area = show(lines(200), JsonObject.of("scrolled", JsonBoolean.TRUE));
        assertThat(area.isScrollBoxed()).isTrue();
        Fx.waitUntil(() -> area.node().getLayoutBounds().getHeight() > 300);
        assertThat(Fx.call(() -> area.node().getLayoutBounds().getHeight())).isLessThanOrEqualTo(OutputLayout.SCROLL_HEIGHT + 10);
    }

    @Test
    void scrolledTrueWithShortOutputStaysShort() {
        OutputArea area = show(lines(2), JsonObject.of("scrolled", JsonBoolean.TRUE));
        assertThat(area.isScrollBoxed()).isTrue();
        Fx.waitUntil(() -> area.node().getLayoutBounds().getHeight() < 100);
    }

    @Test
    void autoScrollsLongOutputsOnly() {
        assertThat(show(lines(150), JsonObject.EMPTY).isScrollBoxed()).isTrue();
        assertThat(show(lines(20), JsonObject.EMPTY).isScrollBoxed()).isFalse();
        OutputArea never = show(lines(150), JsonObject.of("scrolled", JsonBoolean.FALSE));
        assertThat(never.isScrollBoxed()).isFalse();
        Fx.waitUntil(() -> never.node().getLayoutBounds().getHeight() > 1000);
    }

    @Test
    void progressSplitOverStreamMessagesShowsItsLastState() {
        OutputArea area = show(List.of(new StreamOutput("stdout", " 10%\r"), new StreamOutput("stdout", " 60%\r"),
                new StreamOutput("stdout", "100%\n")), JsonObject.EMPTY);
        List<Node> texts = Fx.call(() -> List.copyOf(area.node().lookupAll(".output-stream")));
        assertThat(texts).hasSize(1);
        assertThat(Fx.text(texts.get(0))).isEqualTo("100%");
    }

    @Test
    void setOutputsReplacesTheContent() {
        OutputArea area = show(lines(1), JsonObject.EMPTY);
        Fx.run(() -> area.setOutputs(List.of(new StreamOutput("stderr", "new\n"))));
        Node stream = area.node().lookup(".output-stderr");
        assertThat(stream).isNotNull();
        Fx.run(() -> area.setOutputs(List.of()));
        assertThat(Fx.call(() -> ((javafx.scene.Parent) area.node()).getChildrenUnmodifiable())).isEmpty();
        assertThat(area.node().lookup(".output-area-scrolled")).isNull();
        assertThat(Fx.all(area.node(), ScrollPane.class)).isEmpty();
    }
}
