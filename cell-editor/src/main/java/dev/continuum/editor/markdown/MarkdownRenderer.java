package dev.continuum.editor.markdown;

import dev.continuum.editor.fx.EditorThreads;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;

/**
 * Renders a markdown cell (or a text/markdown output) as JavaFX nodes, without a WebView: GFM as
 * JupyterLab shows it (tables, strikethrough, task lists, bare links), code blocks highlighted for
 * Java and Python, images from attachments, data: URLs and files beside the notebook (never the
 * network), and LaTeX shown as its source in monospace. Text wraps to the width given.
 */
public final class MarkdownRenderer {

    /** Style class of the root of every rendering. */
    public static final String STYLE_CLASS = "markdown-view";

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(),
            TaskListItemsExtension.create());

    // Parser is immutable and thread-safe: one for all renderings.
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private final Consumer<String> linkHandler;
    private final Path baseDirectory;
    private final Executor decoding;

    /** Links are ignored, relative image paths not resolved. */
    public MarkdownRenderer() {
        this(link -> { }, null);
    }

    /** @param linkHandler receives a link's destination when it is clicked (the app opens it) */
    public MarkdownRenderer(Consumer<String> linkHandler) {
        this(linkHandler, null);
    }

    /**
     * @param baseDirectory the notebook's directory, for images given as relative paths; null for none
     */
    public MarkdownRenderer(Consumer<String> linkHandler, Path baseDirectory) {
        this(linkHandler, baseDirectory, EditorThreads.decoding());
    }

    /** @param decoding decodes large embedded images off the FX thread */
    public MarkdownRenderer(Consumer<String> linkHandler, Path baseDirectory, Executor decoding) {
        this.linkHandler = Objects.requireNonNull(linkHandler, "linkHandler");
        this.baseDirectory = baseDirectory;
        this.decoding = Objects.requireNonNull(decoding, "decoding");
    }

    public Node render(String markdown) {
        return render(markdown, Attachments.NONE);
    }

    /** Renders {@code markdown}; {@code attachment:NAME} images come from {@code attachments}. */
    public Node render(String markdown, Attachments attachments) {
        Objects.requireNonNull(markdown, "markdown");
        MathProtector.Protected protectedMarkdown = MathProtector.protect(markdown);
        org.commonmark.node.Node document = PARSER.parse(protectedMarkdown.markdown());
        ImageResolver images = new ImageResolver(
                attachments == null ? Attachments.NONE : attachments, baseDirectory, decoding, linkHandler);
        BlockRenderer blocks = new BlockRenderer(protectedMarkdown.formulas(), images, linkHandler);
        VBox root = new VBox();
        root.getStyleClass().add(STYLE_CLASS);
        root.setFillWidth(true);
        root.setMinWidth(0);
        blocks.renderChildren(document, root, 0);
        return root;
    }
}
