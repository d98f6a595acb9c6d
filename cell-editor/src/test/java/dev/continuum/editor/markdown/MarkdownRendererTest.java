package dev.continuum.editor.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.editor.EditorStyles;
import dev.continuum.editor.Fx;
import dev.continuum.editor.TestImages;
import dev.continuum.editor.image.FittedImageView;
import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Separator;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MarkdownRendererTest {

    private final List<String> clicked = new ArrayList<>();
    private final MarkdownRenderer renderer = new MarkdownRenderer(clicked::add);
    private StackPane host;

    @Start
    void start(Stage stage) {
        host = new StackPane();
        Scene scene = new Scene(host, 500, 600);
        EditorStyles.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Renders into the shown scene, so CSS and layout apply as in the app. */
    private Node show(String markdown, Attachments attachments) {
        return Fx.call(() -> {
            Node node = renderer.render(markdown, attachments);
            host.getChildren().setAll(node);
            host.applyCss();
            host.layout();
            return node;
        });
    }

    private Node show(String markdown) {
        return show(markdown, Attachments.NONE);
    }

    @Test
    void headingsHaveTheirLevelAndAreLargerThanText() {
        Node root = show("# Title\n\nBody text\n\n### Small");
        TextFlow h1 = (TextFlow) root.lookup(".md-h1");
        assertThat(Fx.text(h1)).isEqualTo("Title");
        assertThat(Fx.text(root.lookup(".md-h3"))).isEqualTo("Small");
        double titleSize = Fx.call(() -> ((Text) h1.getChildren().get(0)).getFont().getSize());
        double bodySize = Fx.call(() -> ((Text) ((Parent) root.lookup(".md-paragraph")).getChildrenUnmodifiable().get(0))
                .getFont().getSize());
        assertThat(titleSize).isGreaterThan(bodySize * 1.5);
        assertThat(root.getStyleClass()).contains(MarkdownRenderer.STYLE_CLASS);
    }

    @Test
    void emphasisStrongCodeAndStrikethroughGetTheirClasses() {
        Node root = show("a *em* **strong** `code` ~~gone~~");
        assertThat(Fx.texts(root, "md-em")).extracting(Text::getText).containsExactly("em");
        assertThat(Fx.texts(root, "md-strong")).extracting(Text::getText).containsExactly("strong");
        assertThat(Fx.texts(root, "md-code")).extracting(Text::getText).containsExactly("code");
        assertThat(Fx.texts(root, "md-strike")).extracting(Text::getText).containsExactly("gone");
        Text em = Fx.texts(root, "md-em").get(0);
        assertThat(Fx.call(() -> em.getFont().getStyle().toLowerCase())).contains("italic");
    }

    @Test
    void linksCallTheHandlerWhenClicked() {
        Node root = show("see [the docs](https://example.org/x) and https://jupyter.org");
        List<Text> links = Fx.texts(root, "md-link");
        assertThat(links).extracting(Text::getText).containsExactly("the docs", "https://jupyter.org");
        Fx.run(() -> links.get(0).fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY,
                1, false, false, false, false, true, false, false, true, false, false, null)));
        assertThat(clicked).containsExactly("https://example.org/x");
    }

    @Test
    void nestedBulletAndOrderedLists() {
        Node root = show("- one\n- two\n  1. inner\n  2. second\n\n5. five\n6. six");
        List<Node> lists = Fx.call(() -> new ArrayList<>(root.lookupAll(".md-list")));
        assertThat(lists).hasSize(3);
        Node outer = root.lookup(".md-bullet-list");
        assertThat(Fx.call(() -> ((Parent) outer).getChildrenUnmodifiable().size())).isEqualTo(2);
        assertThat(Fx.texts(root, "md-list-marker")).extracting(Text::getText)
                .containsExactly("\u2022", "\u2022", "1.", "2.", "5.", "6.");
        Node nested = outer.lookup(".md-ordered-list");
        assertThat(Fx.text(nested)).contains("inner", "second");
    }

    @Test
    void tablesAreGridsWithHeaderAndAlignment() {
        Node root = show("| a | b |\n|:--|--:|\n| 1 | 2 |\n| 3 | **4** |");
        GridPane grid = (GridPane) root.lookup(".md-table");
        assertThat(grid).isNotNull();
        assertThat(Fx.call(() -> grid.getChildren().size())).isEqualTo(6);
        assertThat(Fx.call(grid::getColumnCount)).isEqualTo(2);
        assertThat(Fx.call(grid::getRowCount)).isEqualTo(3);
        List<Node> headers = Fx.call(() -> new ArrayList<>(grid.lookupAll(".md-table-header")));
        assertThat(headers).hasSize(2);
        Node cell = Fx.call(() -> grid.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == 2 && GridPane.getColumnIndex(n) == 1).findFirst().orElseThrow());
        assertThat(Fx.text(cell)).isEqualTo("4");
        assertThat(((TextFlow) cell).getTextAlignment()).isEqualTo(javafx.scene.text.TextAlignment.RIGHT);
    }

    @Test
    void fencedPythonCodeIsHighlightedAndPlainCodeIsNot() {
        Node root = show("```python\ndef f(): pass\n```\n\n```\ndef g(): pass\n```\n\n    indented $x$");
        List<Node> blocks = Fx.call(() -> new ArrayList<>(root.lookupAll(".md-code-block")));
        assertThat(blocks).hasSize(3);
        assertThat(Fx.texts(blocks.get(0), "keyword")).extracting(Text::getText).containsExactly("def", "pass");
        assertThat(Fx.texts(blocks.get(1), "keyword")).isEmpty();
        assertThat(Fx.text(blocks.get(1))).isEqualTo("def g(): pass");
        assertThat(Fx.text(blocks.get(2))).isEqualTo("indented $x$");
        Text keyword = Fx.texts(blocks.get(0), "keyword").get(0);
        Text plain = Fx.texts(blocks.get(0), "plain").get(0);
        assertThat(Fx.call(keyword::getFill)).isNotEqualTo(Fx.call(plain::getFill));
    }

    @Test
    void attachmentImagesAreDecodedAtTheirSize() {
        String png = TestImages.base64("png", 30, 20);
        Attachments attachments = Attachments.fromJson(JsonObject.of("plot.png",
                JsonObject.of("image/png", new JsonString(TestImages.wrapped(png)))));
        Node root = show("![a plot](attachment:plot.png)\n\n![missing](attachment:nope.png)", attachments);
        List<FittedImageView> images = Fx.all(root, FittedImageView.class);
        assertThat(images).hasSize(1);
        assertThat(images.get(0).getImage().getWidth()).isEqualTo(30);
        assertThat(images.get(0).getImage().getHeight()).isEqualTo(20);
        assertThat(Fx.texts(root, "md-image-placeholder")).extracting(Text::getText)
                .containsExactly("[image: missing (attachment:nope.png)]");
    }

    @Test
    void dataUrlImagesShowAndRemoteImagesShowAltAndUrl() {
        String jpeg = TestImages.base64("jpeg", 8, 6);
        Node root = show("![d](data:image/jpeg;base64," + jpeg + ") text\n\n![logo](https://example.org/logo.png)");
        List<FittedImageView> images = Fx.all(root, FittedImageView.class);
        assertThat(images).hasSize(1);
        assertThat(images.get(0).getImage().getWidth()).isEqualTo(8);
        assertThat(Fx.text(root)).contains("[image: logo (https://example.org/logo.png)]");
    }

    @Test
    void relativeImagesResolveAgainstTheNotebookDirectory(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("pic.png"), java.util.Base64.getDecoder().decode(TestImages.base64("png", 12, 4)));
        MarkdownRenderer withBase = new MarkdownRenderer(link -> { }, dir);
        Node root = Fx.call(() -> withBase.render("![p](pic.png)"));
        FittedImageView view = Fx.all(root, FittedImageView.class).get(0);
        Fx.waitUntil(() -> view.getImage().getProgress() >= 1);
        assertThat(view.getImage().getWidth()).isEqualTo(12);
    }

    @Test
    void mathIsShownAsSourceInMonospaceNotAsEmphasis() {
        Node root = show("Energy $E = m_1 * c_2^2$ here\n\n$$\\int_0^1 x\\,dx$$");
        List<Text> math = Fx.texts(root, "md-math");
        assertThat(math).extracting(Text::getText).containsExactly("$E = m_1 * c_2^2$", "$$\\int_0^1 x\\,dx$$");
        assertThat(Fx.texts(root, "md-em")).isEmpty();
        assertThat(math.get(1).getStyleClass()).contains("md-math-display");
        assertThat(Fx.call(() -> math.get(0).getFont().getFamily()))
                .isEqualTo(dev.continuum.editor.fx.Monospace.family());
    }

    @Test
    void blockQuotesBreaksTaskListsAndHtml() {
        Node root = show("> quoted\n\n---\n\n- [x] done\n- [ ] todo\n\n<div align=\"center\"><b>Centered</b></div>");
        assertThat(Fx.text(root.lookup(".md-blockquote"))).isEqualTo("quoted");
        assertThat(Fx.all(root, Separator.class)).hasSize(1);
        assertThat(Fx.texts(root, "md-task-marker")).extracting(Text::getText).containsExactly("\u2611", "\u2610");
        assertThat(Fx.text(root.lookup(".md-list"))).isEqualTo("\u2611done\u2610todo");
        assertThat(Fx.text(root.lookup(".md-html"))).isEqualTo("Centered");
    }

    @Test
    void longParagraphsWrapToTheWidth() {
        Node root = show("word ".repeat(200));
        Node paragraph = root.lookup(".md-paragraph");
        double width = Fx.call(() -> paragraph.getLayoutBounds().getWidth());
        double height = Fx.call(() -> paragraph.getLayoutBounds().getHeight());
        assertThat(width).isLessThanOrEqualTo(500);
        assertThat(height).isGreaterThan(60);
    }

    @Test
    void attachmentsFromAMapToo() {
        Attachments attachments = Attachments.of(Map.of("x.png", MimeBundle.ofText("image/png", TestImages.base64("png", 5, 5))));
        assertThat(attachments.find("x.png")).isPresent();
        assertThat(Attachments.fromJson(null).find("x.png")).isEmpty();
    }
}
