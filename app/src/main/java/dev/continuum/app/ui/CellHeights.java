package dev.continuum.app.ui;

import dev.continuum.app.notebook.CellViewModel;
import dev.continuum.notebook.CellState;
import dev.continuum.notebook.CellType;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.ExecuteResultOutput;
import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Heights of cells the list has not shown. JavaFX's list measures a few unseen cells on every
 * scroll step to size its scroll bar, by rendering each into a hidden cell; rendering a notebook
 * cell (editor, outputs, CSS) is far too slow for that. Instead a cell is answered with the height
 * it had when last shown at this width, or else an estimate from its text. Only the scroll bar's
 * thumb and jumps to far cells use these numbers; cells on screen are laid out at their real size.
 */
final class CellHeights {

    private static final double CELL_PADDING = 18;
    private static final double OUTPUT_GAP = 6;
    private static final double OUTPUT_LINE = 17;
    private static final double MARKDOWN_LINE = 22;
    private static final double IMAGE = 320;
    private static final double RICH = 120;

    private record Measured(CellState state, boolean editing, double width, double height) {
    }

    private final Map<CellViewModel, Measured> measured = new WeakHashMap<>();

    /** Records the height a shown cell has at {@code width}. */
    void remember(CellViewModel cell, double width, double height) {
        measured.put(cell, new Measured(cell.state(), cell.editingProperty().get(), width, height));
    }

    /** The cell's height at {@code width}: as last shown if nothing changed since, else estimated. */
    double heightOf(CellViewModel cell, String editorText, double width, double viewportHeight) {
        Measured known = measured.get(cell);
        if (known != null && known.state() == cell.state() && known.editing() == cell.editingProperty().get()
                && Math.abs(known.width() - width) < 1) {
            return known.height();
        }
        return estimate(cell, editorText, viewportHeight);
    }

    private static double estimate(CellViewModel cell, String editorText, double viewportHeight) {
        CellState state = cell.state();
        if (state.type() == CellType.MARKDOWN && !cell.editingProperty().get() && !state.source().isBlank()) {
            return CELL_PADDING + lines(state.source()) * MARKDOWN_LINE;
        }
        double height = CELL_PADDING + EditorHeight.of(editorText, viewportHeight).height();
        for (Output output : state.outputs()) {
            height += OUTPUT_GAP + outputHeight(output);
        }
        return height;
    }

    private static double outputHeight(Output output) {
        return switch (output) {
            case StreamOutput stream -> lines(stream.text()) * OUTPUT_LINE;
            case ErrorOutput error -> error.traceback().stream().mapToInt(CellHeights::lines).sum() * OUTPUT_LINE;
            case DisplayDataOutput display -> bundleHeight(display.data());
            case ExecuteResultOutput result -> bundleHeight(result.data());
            default -> OUTPUT_LINE;
        };
    }

    private static double bundleHeight(MimeBundle data) {
        if (data.mimeTypes().stream().anyMatch(type -> type.startsWith("image/"))) {
            return IMAGE;
        }
        if (data.mimeTypes().stream().anyMatch(type -> type.equals("text/html") || type.equals("text/markdown"))) {
            return RICH;
        }
        return data.text("text/plain").map(text -> lines(text) * OUTPUT_LINE).orElse(OUTPUT_LINE);
    }

    private static int lines(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return text.endsWith("\n") ? lines - 1 : lines;
    }
}
