package dev.continuum.editor.output;

import dev.continuum.editor.fx.EditorThreads;
import dev.continuum.editor.markdown.MarkdownRenderer;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.ExecuteResultOutput;
import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import dev.continuum.notebook.UnknownOutput;
import dev.continuum.notebook.json.JsonObject;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * Renders one output as JupyterLab would: streams as monospace ANSI text (stderr tinted), errors as
 * header and coloured traceback, rich data as the richest MIME type that can be shown
 * ({@link MimeSelection}), and outputs of unknown type as a muted note naming the type.
 */
public final class OutputRenderer {

    private final Consumer<String> linkHandler;
    private final Executor decoding;
    private final MarkdownRenderer markdown;

    /** Links in outputs are ignored; large images decode on the shared decoding threads. */
    public OutputRenderer() {
        this(link -> { }, EditorThreads.decoding());
    }

    /**
     * @param linkHandler receives the destination of a link clicked in markdown or HTML output
     * @param decoding    decodes large images off the FX thread
     */
    public OutputRenderer(Consumer<String> linkHandler, Executor decoding) {
        this.linkHandler = Objects.requireNonNull(linkHandler, "linkHandler");
        this.decoding = Objects.requireNonNull(decoding, "decoding");
        this.markdown = new MarkdownRenderer(linkHandler, null, decoding);
    }

    /**
     * The node for {@code output}. {@code trusted} says whether the notebook is trusted: only then
     * are HTML and SVG shown (in a WebView, with scripts).
     */
    public Node render(Output output, boolean trusted) {
        Objects.requireNonNull(output, "output");
        Node node = switch (output) {
            case StreamOutput stream -> TextOutputView.ansi(stream.text(), "output-stream",
                    StreamOutput.STDERR.equals(stream.name()) ? "output-stderr" : "output-stdout");
            case ErrorOutput error -> ErrorOutputView.create(error);
            case ExecuteResultOutput result -> renderData(result.data(), result.metadata(), trusted);
            case DisplayDataOutput display -> renderData(display.data(), display.metadata(), trusted);
            case UnknownOutput unknown -> OutputNote.create("Output of unknown type \""
                    + unknown.outputType() + "\" is not shown.");
        };
        node.getStyleClass().add("output");
        return node;
    }

    /** The node for a MIME bundle (display_data and execute_result), with the output's metadata. */
    public Node renderData(MimeBundle data, JsonObject metadata, boolean trusted) {
        Optional<String> chosen = MimeSelection.choose(data, trusted);
        if (chosen.isEmpty()) {
            return OutputNote.create(noRendererMessage(data, trusted));
        }
        String mimeType = chosen.get();
        String text = data.text(mimeType).orElse("");
        return switch (mimeType) {
            case "text/html" -> HtmlOutputView.create(text, false, linkHandler);
            case "image/svg+xml" -> HtmlOutputView.create(text, true, linkHandler);
            case "image/png", "image/jpeg", "image/gif" -> ImageOutputView.create(
                    text, metadata == null ? null : metadata.findObject(mimeType).orElse(null), decoding);
            case "text/markdown" -> withClass(markdown.render(text), "output-markdown");
            case "text/latex" -> TextOutputView.plain(text, "output-latex");
            case "application/json" -> JsonTreeView.create(data.get(mimeType).orElseThrow());
            default -> TextOutputView.ansi(text, "output-plain");
        };
    }

    private static Node withClass(Node node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    private static String noRendererMessage(MimeBundle data, boolean trusted) {
        if (data.isEmpty()) {
            return "Empty output.";
        }
        boolean onlyUntrusted = !trusted && data.mimeTypes().stream().anyMatch(MimeSelection::requiresTrust);
        return onlyUntrusted
                ? "This output is HTML or SVG, which is shown only when the notebook is trusted."
                : "No renderer for " + String.join(", ", data.mimeTypes()) + ".";
    }
}
