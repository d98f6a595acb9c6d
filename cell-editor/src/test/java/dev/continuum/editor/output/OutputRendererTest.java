package dev.continuum.editor.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.editor.Fx;
import dev.continuum.editor.TestImages;
import dev.continuum.editor.image.FittedImageView;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.ExecuteResultOutput;
import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.StreamOutput;
import dev.continuum.notebook.UnknownOutput;
import dev.continuum.notebook.json.JsonArray;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class OutputRendererTest {

    private static final String ESC = "\u001B";

    private final OutputRenderer renderer = new OutputRenderer();
    private VBox host;

    @Start
    void start(Stage stage) {
        host = Fx.notebookColumn(stage, 600, 600);
    }

    private Node show(dev.continuum.notebook.Output output, boolean trusted) {
        return show(renderer, output, trusted);
    }

    private Node show(OutputRenderer with, dev.continuum.notebook.Output output, boolean trusted) {
        return Fx.call(() -> {
            Node node = with.render(output, trusted);
            host.getChildren().setAll(node);
            host.applyCss();
            host.layout();
            return node;
        });
    }

    private static MimeBundle bundle(Object... typeAndValue) {
        JsonObject.Builder values = JsonObject.builder();
        for (int i = 0; i < typeAndValue.length; i += 2) {
            Object value = typeAndValue[i + 1];
            values.put((String) typeAndValue[i], value instanceof JsonValue json ? json : new JsonString((String) value));
        }
        return new MimeBundle(values.build());
    }

    @Test
    void streamTextIsMonospaceWithAnsiColoursAndNoTrailingEmptyLine() {
        Node node = show(new StreamOutput("stdout", "plain " + ESC + "[31mred" + ESC + "[0m\nprogress 10%\rprogress 99%\n"), false);
        TextFlow flow = (TextFlow) node;
        assertThat(Fx.text(flow)).isEqualTo("plain red\nprogress 99%");
        Text red = Fx.all(flow, Text.class).stream().filter(t -> t.getText().startsWith("red")).findFirst().orElseThrow();
        assertThat(red.getStyle()).isEqualTo("-fx-fill: -ansi-red;");
        // The looked-up ANSI colour resolves through the stylesheet; plain text takes the theme's colour.
        assertThat(Fx.call(red::getFill)).isEqualTo(Color.web("#e75c58"));
        Text plain = Fx.all(flow, Text.class).get(0);
        assertThat(Fx.call(plain::getFill)).isEqualTo(Color.web("#24292f"));
        assertThat(Fx.call(() -> plain.getFont().getFamily())).isEqualTo(dev.continuum.editor.fx.Monospace.family());
        assertThat(flow.getStyleClass()).contains("output", "output-stream", "output-stdout").doesNotContain("output-stderr");
    }

    @Test
    void ansiBackgroundsBecomeLabelsAndHugeOutputsAreCut() {
        Node node = show(new StreamOutput("stdout", ESC + "[42;30m PASS " + ESC + "[0m ok\n"), false);
        Label pass = Fx.all(node, Label.class).get(0);
        assertThat(pass.getText()).isEqualTo(" PASS ");
        assertThat(Fx.call(() -> pass.getBackground().getFills().get(0).getFill())).isEqualTo(Color.web("#00a250"));
        Node huge = show(new StreamOutput("stdout", "x\n".repeat(TextOutputView.MAX_LINES + 5)), false);
        assertThat(Fx.text(huge)).endsWith("x\nx\n\u2026 5 more lines not shown (Copy Output takes all of them)");
        assertThat(Fx.text(huge).split("\n")).hasSize(TextOutputView.MAX_LINES + 1);
    }

    @Test
    void stderrIsTinted() {
        Node node = show(new StreamOutput("stderr", "careful\n"), false);
        assertThat(node.getStyleClass()).contains("output-stderr");
        assertThat(Fx.call(() -> ((TextFlow) node).getBackground().getFills().get(0).getFill()))
                .isEqualTo(Color.web("#ffebe9"));
    }

    @Test
    void errorShowsHeaderAndColouredTraceback() {
        Node node = show(new ErrorOutput("ZeroDivisionError", "division by zero", List.of(
                ESC + "[0;31m---------" + ESC + "[0m", ESC + "[0;31mZeroDivisionError" + ESC + "[0m: division by zero")), false);
        Label header = (Label) node.lookup(".output-error-header");
        assertThat(header.getText()).isEqualTo("ZeroDivisionError: division by zero");
        Node traceback = node.lookup(".output-traceback");
        assertThat(Fx.text(traceback)).isEqualTo("---------\nZeroDivisionError: division by zero");
        // Same-style runs merge across lines: the red rule and the red exception name are one run.
        assertThat(Fx.all(traceback, Text.class)).filteredOn(t -> t.getText().contains("ZeroDivisionError"))
                .extracting(Text::getStyle).containsExactly("-fx-fill: -ansi-red;");
        assertThat(node.getStyleClass()).contains("output-error");
    }

    @Test
    void executeResultPlainText() {
        Node node = show(new ExecuteResultOutput(3, MimeBundle.ofText("text/plain", "42")), false);
        assertThat(Fx.text(node)).isEqualTo("42");
        assertThat(node.getStyleClass()).contains("output-plain");
    }

    @Test
    void pngRespectsMetadataWidthAndKeepsItsAspectRatio() {
        String png = TestImages.base64("png", 40, 20);
        JsonObject metadata = JsonObject.of("image/png", JsonObject.of("width", JsonValue.of(20)));
        Node node = show(new DisplayDataOutput(bundle("image/png", png, "text/plain", "<Figure>"), metadata, JsonObject.EMPTY), false);
        FittedImageView view = Fx.all(node, FittedImageView.class).get(0);
        assertThat(view.getImage().getWidth()).isEqualTo(40);
        assertThat(Fx.call(() -> view.imageView().getFitWidth())).isEqualTo(20);
        assertThat(Fx.call(() -> view.imageView().getFitHeight())).isEqualTo(10);
    }

    @Test
    void jpegShrinksToTheAvailableWidth() {
        String jpeg = TestImages.base64("jpeg", 1200, 300);
        Node node = show(new DisplayDataOutput(bundle("image/jpeg", jpeg)), false);
        FittedImageView view = Fx.all(node, FittedImageView.class).get(0);
        assertThat(view.getImage().getWidth()).isEqualTo(1200);
        assertThat(Fx.call(() -> view.imageView().getFitWidth())).isLessThanOrEqualTo(600).isGreaterThan(450);
        assertThat(Fx.call(() -> view.imageView().getFitHeight())).isLessThan(160);
    }

    @Test
    void largeImagesDecodeOnTheBackgroundExecutor() {
        Queue<Runnable> background = new ArrayDeque<>();
        OutputRenderer withQueue = new OutputRenderer(link -> { }, background::add);
        // A 700x700 noise PNG does not compress: well over 1 MB of base64.
        String large = noisyPng();
        assertThat(large.length()).isGreaterThan(1_000_000);
        Node node = show(withQueue, new DisplayDataOutput(bundle("image/png", large)), false);
        FittedImageView view = Fx.all(node, FittedImageView.class).get(0);
        assertThat(view.getImage()).isNull();
        assertThat(background).hasSize(1);
        background.poll().run();
        Fx.waitUntil(() -> view.getImage() != null);
        assertThat(view.getImage().getWidth()).isEqualTo(700);
    }

    private static String noisyPng() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(700, 700, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(1);
        for (int x = 0; x < 700; x++) {
            for (int y = 0; y < 700; y++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    @Test
    void brokenImageDataShowsANote() {
        Node node = show(new DisplayDataOutput(bundle("image/png", "not an image")), false);
        assertThat(Fx.all(node, Label.class)).extracting(Label::getText).containsExactly("The image could not be decoded.");
    }

    @Test
    void untrustedHtmlFallsBackAndNeverMakesAWebView() {
        Node node = show(new DisplayDataOutput(bundle("text/html", "<script>alert(1)</script><b>x</b>", "text/plain", "x plain")), false);
        assertThat(Fx.all(node, WebView.class)).isEmpty();
        assertThat(Fx.text(node)).isEqualTo("x plain");
        Node onlyHtml = show(new DisplayDataOutput(bundle("text/html", "<b>x</b>")), false);
        assertThat(((Label) onlyHtml).getText()).contains("trusted");
    }

    @Test
    void untrustedSvgFallsBackToPng() {
        String png = TestImages.base64("png", 3, 3);
        Node node = show(new DisplayDataOutput(bundle("image/svg+xml", "<svg/>", "image/png", png)), false);
        assertThat(Fx.all(node, FittedImageView.class)).hasSize(1);
        assertThat(Fx.all(node, WebView.class)).isEmpty();
    }

    @Test
    void trustedHtmlIsAWebViewSizedToItsContent() {
        Node node = show(new DisplayDataOutput(bundle("text/html", "<div style='height:150px'>tall</div>", "text/plain", "p")), true);
        WebView web = Fx.all(node, WebView.class).get(0);
        Fx.waitUntil(() -> web.getPrefHeight() >= 150);
        assertThat(web.getPrefHeight()).isLessThan(200);
    }

    @Test
    void markdownLatexAndJsonOutputs() {
        Node markdown = show(new DisplayDataOutput(bundle("text/markdown", "## Result", "text/plain", "Result")), false);
        assertThat(Fx.text(markdown.lookup(".md-h2"))).isEqualTo("Result");

        Node latex = show(new DisplayDataOutput(bundle("text/latex", "$\\frac{1}{2}$", "text/plain", "1/2")), false);
        assertThat(Fx.text(latex)).isEqualTo("$\\frac{1}{2}$");
        assertThat(latex.getStyleClass()).contains("output-latex");

        JsonObject json = JsonObject.builder().put("name", new JsonString("x"))
                .put("items", JsonArray.of(JsonValue.of(1), JsonValue.of(true))).build();
        Node tree = show(new DisplayDataOutput(bundle("application/json", json, "text/plain", "{...}")), false);
        @SuppressWarnings("unchecked")
        TreeView<String> view = (TreeView<String>) tree;
        assertThat(view.getRoot().getValue()).isEqualTo("{} 2 keys");
        assertThat(view.getRoot().getChildren()).extracting(javafx.scene.control.TreeItem::getValue)
                .containsExactly("name: \"x\"", "items: [] 2 items");
        assertThat(view.getRoot().getChildren().get(1).getChildren()).extracting(javafx.scene.control.TreeItem::getValue)
                .containsExactly("0: 1", "1: true");
    }

    @Test
    void unknownOutputIsAMutedNoteNamingItsType() {
        Node node = show(new UnknownOutput(JsonObject.of("output_type", new JsonString("widget_state"))), false);
        assertThat(((Label) node).getText()).contains("\"widget_state\"");
        assertThat(node.getStyleClass()).contains("output-note");
    }
}
