package dev.continuum.editor;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.continuum.editor.markdown.MarkdownRenderer;
import dev.continuum.editor.output.OutputArea;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.StreamOutput;
import dev.continuum.notebook.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The stylesheet against real AtlantaFX themes: every looked-up colour resolves, and dark differs from light. */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {

    private static final String ESC = "\u001B";

    private final List<String> cssWarnings = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                cssWarnings.add(String.valueOf(record.getMessage()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Scene scene;
    private VBox root;

    @Start
    void start(Stage stage) {
        root = new VBox();
        scene = new Scene(root, 600, 600);
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void listen() {
        Logger.getLogger("javafx.css").addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("javafx.css").removeHandler(recorder);
    }

    /** Shows an editor, markdown and outputs under {@code theme}; returns the fill of a keyword. */
    private Color keywordFill(String theme) {
        CodeEditor editor = Fx.call(() -> {
            scene.setUserAgentStylesheet(theme);
            EditorStyles.install(scene);
            CodeEditor e = new CodeEditor("python");
            e.replaceText("def f(): return 'x'  # c");
            root.getChildren().setAll(e.node(),
                    new MarkdownRenderer().render("# T\n\n> q *e* `c` [l](x)\n\n| a |\n|---|\n| 1 |\n\n```java\nint x;\n```"),
                    new OutputArea(List.of(new StreamOutput("stderr", ESC + "[1;31mE" + ESC + "[0m\n"),
                            new ErrorOutput("E", "v", List.of(ESC + "[0;32mtb" + ESC + "[0m"))), JsonObject.EMPTY, false).node());
            return e;
        });
        Fx.waitUntil(() -> editor.area().getStyleOfChar(0).contains("keyword"));
        Fx.waitUntil(() -> Fx.all(editor.node(), Text.class).stream().anyMatch(t -> t.getText().equals("def")));
        return Fx.call(() -> {
            root.applyCss();
            root.layout();
            Text def = Fx.all(editor.node(), Text.class).stream().filter(t -> t.getText().equals("def")).findFirst().orElseThrow();
            return (Color) def.getFill();
        });
    }

    @Test
    void darkAndLightThemesColourTheViewsWithoutUnresolvedLookups() {
        Color dark = keywordFill(new PrimerDark().getUserAgentStylesheet());
        assertThat(dark).isEqualTo(Color.web("#3fb950"));
        assertThat(scene.getRoot().getStyleClass()).doesNotContain(EditorStyles.FALLBACK_COLORS);
        Color light = keywordFill(new PrimerLight().getUserAgentStylesheet());
        assertThat(light).isEqualTo(Color.web("#1a7f37"));
        assertThat(cssWarnings).isEmpty();
    }

    @Test
    void withoutAThemeTheFallbackColoursApply() {
        Color fallback = keywordFill(null);
        assertThat(scene.getRoot().getStyleClass()).contains(EditorStyles.FALLBACK_COLORS);
        assertThat(fallback).isEqualTo(Color.web("#1a7f37"));
        assertThat(cssWarnings).isEmpty();
    }
}
