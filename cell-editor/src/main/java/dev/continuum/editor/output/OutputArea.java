package dev.continuum.editor.output;

import dev.continuum.editor.fx.ScrollForwarding;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import dev.continuum.notebook.json.JsonObject;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The outputs of one cell, laid out by the cell's metadata as JupyterLab does: hidden behind an
 * "outputs collapsed" bar that expands on click when {@code collapsed}, inside a scroll box of
 * about 400 px when {@code scrolled} is true, and for "auto" (or absent) in a scroll box only when
 * they are longer than 100 lines. Consecutive stream outputs are joined first, so progress bars
 * split over many messages show their last state.
 */
public final class OutputArea {

    /** Style class of the root node. */
    public static final String STYLE_CLASS = "output-area";

    private final VBox root = new VBox();
    private final OutputRenderer renderer;
    private final BooleanProperty collapsed = new SimpleBooleanProperty();
    private final OutputLayout layout;
    private final boolean trusted;
    private List<Output> outputs;

    public OutputArea(List<Output> outputs, JsonObject cellMetadata, boolean trusted) {
        this(outputs, cellMetadata, trusted, new OutputRenderer());
    }

    public OutputArea(List<Output> outputs, JsonObject cellMetadata, boolean trusted, OutputRenderer renderer) {
        this.outputs = List.copyOf(outputs);
        this.layout = OutputLayout.of(cellMetadata);
        this.trusted = trusted;
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        root.getStyleClass().add(STYLE_CLASS);
        root.setFillWidth(true);
        root.setMinWidth(0);
        collapsed.set(layout.collapsed());
        collapsed.addListener((observable, before, now) -> rebuild());
        rebuild();
    }

    public Node node() {
        return root;
    }

    /**
     * Whether the outputs are hidden. Clicking the bar clears it; the app listens to write the
     * cell's {@code collapsed} metadata back, and sets it when the user collapses the outputs.
     */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    public boolean isCollapsed() {
        return collapsed.get();
    }

    public void setCollapsed(boolean value) {
        collapsed.set(value);
    }

    /** Replaces the outputs (a run produced new ones). */
    public void setOutputs(List<Output> newOutputs) {
        this.outputs = List.copyOf(newOutputs);
        rebuild();
    }

    /** Whether the outputs are currently shown inside a bounded scroll box. */
    public boolean isScrollBoxed() {
        return !root.getChildren().isEmpty() && root.getChildren().get(0) instanceof ScrollPane;
    }

    private void rebuild() {
        root.getChildren().clear();
        if (outputs.isEmpty()) {
            return;
        }
        if (collapsed.get()) {
            root.getChildren().add(collapsedBar());
            return;
        }
        List<Output> merged = StreamMerging.merge(outputs);
        VBox content = new VBox();
        content.getStyleClass().add("output-area-content");
        content.setFillWidth(true);
        content.setMinWidth(0);
        for (Output output : merged) {
            content.getChildren().add(renderer.render(output, trusted));
        }
        if (layout.scrolls(lineCount(merged))) {
            root.getChildren().add(scrollBox(content));
        } else {
            root.getChildren().add(content);
        }
    }

    private Node collapsedBar() {
        int count = outputs.size();
        Button bar = new Button("Outputs collapsed (" + count + (count == 1 ? " output" : " outputs")
                + ") \u2014 click to expand");
        bar.getStyleClass().add("output-collapsed-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setOnAction(e -> collapsed.set(false));
        return bar;
    }

    private ScrollPane scrollBox(VBox content) {
        ScrollPane scroll = new BoundedScrollBox(content, OutputLayout.SCROLL_HEIGHT);
        scroll.getStyleClass().add("output-area-scrolled");
        ScrollForwarding.forwardAtEdges(scroll, new ScrollForwarding.ScrollPosition() {
            @Override
            public boolean atTop() {
                return scroll.getVvalue() <= scroll.getVmin();
            }

            @Override
            public boolean atBottom() {
                return scroll.getVvalue() >= scroll.getVmax();
            }
        });
        return scroll;
    }

    /** Lines of text the outputs hold: what "auto" scrolling counts. */
    static int lineCount(List<Output> outputs) {
        int lines = 0;
        for (Output output : outputs) {
            if (output instanceof StreamOutput stream) {
                lines += lines(stream.text());
            } else if (output instanceof ErrorOutput error) {
                lines += 1 + error.traceback().stream().mapToInt(OutputArea::lines).sum();
            } else if (output instanceof dev.continuum.notebook.ExecuteResultOutput result) {
                lines += lines(result.data().text("text/plain").orElse(""));
            } else if (output instanceof dev.continuum.notebook.DisplayDataOutput display) {
                lines += lines(display.data().text("text/plain").orElse(""));
            }
        }
        return lines;
    }

    private static int lines(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int count = 1;
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
