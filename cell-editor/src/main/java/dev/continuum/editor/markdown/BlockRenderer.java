package dev.continuum.editor.markdown;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.ThematicBreak;

/** Renders markdown blocks into a vertical stack of JavaFX nodes; inline content goes to {@link InlineRenderer}. */
final class BlockRenderer {

    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};

    private final List<String> formulas;
    private final InlineRenderer inline;
    private final ImageResolver images;

    BlockRenderer(List<String> formulas, ImageResolver images, Consumer<String> linkHandler) {
        this.formulas = formulas;
        this.images = images;
        this.inline = new InlineRenderer(formulas, images, linkHandler);
    }

    /** The children of {@code parent}, stacked, into {@code box}. */
    void renderChildren(Node parent, VBox box, int listDepth) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            javafx.scene.Node rendered = render(child, listDepth);
            if (rendered != null) {
                box.getChildren().add(rendered);
            }
        }
    }

    private javafx.scene.Node render(Node node, int listDepth) {
        if (node instanceof Heading heading) {
            TextFlow flow = flow(heading, "md-heading", "md-h" + Math.min(6, heading.getLevel()));
            return flow;
        }
        if (node instanceof Paragraph paragraph) {
            Image alone = onlyImage(paragraph);
            if (alone != null) {
                return inline.render(paragraph).get(0); // a block image can shrink to the width
            }
            return flow(paragraph, "md-paragraph");
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return list((ListBlock) node, listDepth);
        }
        if (node instanceof BlockQuote) {
            VBox quote = stack("md-blockquote");
            renderChildren(node, quote, listDepth);
            return quote;
        }
        if (node instanceof FencedCodeBlock code) {
            return CodeBlockView.create(restored(code.getLiteral()), code.getInfo());
        }
        if (node instanceof IndentedCodeBlock code) {
            return CodeBlockView.create(restored(code.getLiteral()), null);
        }
        if (node instanceof ThematicBreak) {
            Separator separator = new Separator();
            separator.getStyleClass().add("md-hr");
            return separator;
        }
        if (node instanceof HtmlBlock html) {
            return htmlBlock(restored(html.getLiteral()));
        }
        if (node instanceof TableBlock table) {
            return MarkdownTable.create(table, cell -> flow(cell));
        }
        if (node instanceof LinkReferenceDefinition || node instanceof TaskListItemMarker) {
            return null;
        }
        VBox unknown = stack("md-block");
        renderChildren(node, unknown, listDepth);
        return unknown.getChildren().isEmpty() ? null : unknown;
    }

    private VBox list(ListBlock list, int depth) {
        VBox box = stack("md-list", list instanceof OrderedList ? "md-ordered-list" : "md-bullet-list");
        Integer start = list instanceof OrderedList ordered ? ordered.getMarkerStartNumber() : null;
        int number = start == null ? 1 : start;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof OrderedList ordered
                    ? number++ + (ordered.getMarkerDelimiter() == null ? "." : ordered.getMarkerDelimiter())
                    : BULLETS[Math.min(depth, BULLETS.length - 1)];
            // A GFM task item ("- [x] done") shows its check box where the bullet would be.
            boolean task = item.getFirstChild() instanceof TaskListItemMarker;
            if (task) {
                marker = ((TaskListItemMarker) item.getFirstChild()).isChecked() ? "\u2611" : "\u2610";
            }
            Text markerText = new Text(marker);
            markerText.getStyleClass().addAll("md-text", "md-list-marker");
            if (task) {
                markerText.getStyleClass().add("md-task-marker");
            }
            TextFlow markerFlow = new TextFlow(markerText);
            markerFlow.getStyleClass().add("md-list-marker-box");
            markerFlow.setMinWidth(Region.USE_PREF_SIZE);

            VBox content = stack("md-list-item-content");
            renderChildren(item, content, depth + 1);
            // Tiny preferred width plus grow: the row gives the content all the width left, so it wraps.
            content.setPrefWidth(1);
            content.setMinWidth(0);
            HBox.setHgrow(content, Priority.ALWAYS);

            HBox row = new HBox(markerFlow, content);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    private javafx.scene.Node htmlBlock(String html) {
        VBox box = stack("md-html");
        TextFlow flow = null;
        for (HtmlText.Part part : HtmlText.parse(html)) {
            if (part.isImage()) {
                box.getChildren().add(images.resolve(part.imageSource(), part.imageAlt()));
                flow = null;
            } else {
                if (flow == null) {
                    flow = new TextFlow();
                    flow.getStyleClass().add("md-paragraph");
                    box.getChildren().add(flow);
                }
                Text text = new Text(part.text());
                text.getStyleClass().add("md-text");
                flow.getChildren().add(text);
            }
        }
        return box.getChildren().isEmpty() ? null : box;
    }

    private TextFlow flow(Node node, String... styleClasses) {
        TextFlow flow = new TextFlow();
        flow.getChildren().addAll(inline.render(node));
        flow.getStyleClass().addAll(styleClasses);
        flow.setMinWidth(0);
        return flow;
    }

    private static VBox stack(String... styleClasses) {
        VBox box = new VBox();
        box.getStyleClass().addAll(styleClasses);
        box.setFillWidth(true);
        return box;
    }

    /** The paragraph's image when it holds nothing else (line breaks around it aside). */
    private static Image onlyImage(Paragraph paragraph) {
        Image image = null;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image i && image == null) {
                image = i;
            } else if (!(child instanceof SoftLineBreak)) {
                return null;
            }
        }
        return image;
    }

    /** Literal text with protected formulas put back (code and HTML show the source as written). */
    private String restored(String literal) {
        StringBuilder text = new StringBuilder(literal.length());
        MathProtector.restore(literal, formulas).forEach(piece -> text.append(piece.text()));
        return text.toString();
    }
}
