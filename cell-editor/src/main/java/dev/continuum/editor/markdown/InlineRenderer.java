package dev.continuum.editor.markdown;

import dev.continuum.editor.fx.Monospace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import javafx.scene.Cursor;

/**
 * Renders the inline content of a block (text, emphasis, code, links, images, line breaks) into
 * the children of a TextFlow, which wraps them to the available width. Each piece is a Text whose
 * style classes say what it is ({@code md-strong md-em md-code md-link md-strike md-math}).
 */
final class InlineRenderer {

    private final List<String> formulas;
    private final ImageResolver images;
    private final Consumer<String> linkHandler;

    InlineRenderer(List<String> formulas, ImageResolver images, Consumer<String> linkHandler) {
        this.formulas = formulas;
        this.images = images;
        this.linkHandler = linkHandler;
    }

    List<javafx.scene.Node> render(Node parent) {
        List<javafx.scene.Node> out = new ArrayList<>();
        renderChildren(parent, new ArrayList<>(), null, out);
        return out;
    }

    private void renderChildren(Node parent, List<String> classes, String link, List<javafx.scene.Node> out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            renderInline(child, classes, link, out);
        }
    }

    private void renderInline(Node node, List<String> classes, String link, List<javafx.scene.Node> out) {
        if (node instanceof Text text) {
            for (MathProtector.Piece piece : MathProtector.restore(text.getLiteral(), formulas)) {
                if (piece.math()) {
                    javafx.scene.text.Text math = text(piece.text(), classes, link, "md-math");
                    if (piece.display()) {
                        math.getStyleClass().add("md-math-display");
                    }
                    math.setStyle(Monospace.style());
                    out.add(math);
                } else {
                    out.add(text(piece.text(), classes, link));
                }
            }
        } else if (node instanceof Code code) {
            javafx.scene.text.Text text = text(code.getLiteral(), classes, link, "md-code");
            text.setStyle(Monospace.style());
            out.add(text);
        } else if (node instanceof Emphasis) {
            renderChildren(node, with(classes, "md-em"), link, out);
        } else if (node instanceof StrongEmphasis) {
            renderChildren(node, with(classes, "md-strong"), link, out);
        } else if (node instanceof Strikethrough) {
            renderChildren(node, with(classes, "md-strike"), link, out);
        } else if (node instanceof Link l) {
            renderChildren(node, with(classes, "md-link"), l.getDestination(), out);
        } else if (node instanceof Image image) {
            out.add(images.resolve(image.getDestination(), altText(image)));
        } else if (node instanceof SoftLineBreak) {
            out.add(text(" ", classes, link));
        } else if (node instanceof HardLineBreak) {
            out.add(text("\n", classes, link));
        } else if (node instanceof HtmlInline html) {
            renderHtml(html.getLiteral(), classes, link, out);
        } else {
            renderChildren(node, classes, link, out);
        }
    }

    /** Inline HTML: {@code <br>} breaks the line, {@code <img>} shows the image, other tags vanish. */
    private void renderHtml(String html, List<String> classes, String link, List<javafx.scene.Node> out) {
        String tag = html.strip().toLowerCase(java.util.Locale.ROOT);
        if (tag.matches("<br\\s*/?>")) {
            out.add(text("\n", classes, link));
            return;
        }
        for (HtmlText.Part part : HtmlText.parse(html)) {
            out.add(part.isImage() ? images.resolve(part.imageSource(), part.imageAlt()) : text(part.text(), classes, link));
        }
    }

    private javafx.scene.text.Text text(String content, List<String> classes, String link, String... extra) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(content);
        text.getStyleClass().add("md-text");
        text.getStyleClass().addAll(classes);
        text.getStyleClass().addAll(extra);
        if (link != null) {
            text.setCursor(Cursor.HAND);
            text.setOnMouseClicked(e -> linkHandler.accept(link));
        }
        return text;
    }

    private static List<String> with(List<String> classes, String added) {
        List<String> result = new ArrayList<>(classes);
        result.add(added);
        return result;
    }

    /** The plain text of an image's description ({@code ![this *part*](...)}). */
    private String altText(Node image) {
        StringBuilder alt = new StringBuilder();
        collectText(image, alt);
        return alt.toString();
    }

    private void collectText(Node node, StringBuilder into) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                MathProtector.restore(text.getLiteral(), formulas).forEach(p -> into.append(p.text()));
            } else if (child instanceof Code code) {
                into.append(code.getLiteral());
            } else {
                collectText(child, into);
            }
        }
    }
}
