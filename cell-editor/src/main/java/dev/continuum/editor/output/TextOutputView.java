package dev.continuum.editor.output;

import dev.continuum.editor.ansi.AnsiCss;
import dev.continuum.editor.ansi.AnsiParser;
import dev.continuum.editor.ansi.AnsiSegment;
import dev.continuum.editor.ansi.AnsiStyle;
import dev.continuum.editor.fx.Monospace;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Monospace output text with ANSI colours, wrapped to the width. A TextFlow of one Text per
 * styled run: far cheaper to lay out than a text area per output (2,000 lines in about a tenth of
 * the time measured for RichTextFX), which matters for notebooks with many long outputs. The
 * price is that text cannot be selected in part; the context menu copies the whole output.
 * Runs with a background colour become labels, since Text cannot paint a background.
 */
final class TextOutputView {

    /** Lines shown at most; the rest is summarised, as huge outputs would stall the layout. */
    static final int MAX_LINES = 10_000;

    private TextOutputView() {
    }

    /** Text whose escape sequences and carriage returns are interpreted. */
    static TextFlow ansi(String text, String... styleClasses) {
        return create(AnsiParser.parse(text), styleClasses);
    }

    /** Text shown exactly as given (LaTeX source, for instance). */
    static TextFlow plain(String text, String... styleClasses) {
        return create(List.of(new AnsiSegment(text, AnsiStyle.DEFAULT)), styleClasses);
    }

    private static TextFlow create(List<AnsiSegment> segments, String... styleClasses) {
        StringBuilder all = new StringBuilder();
        segments.forEach(segment -> all.append(segment.text()));
        // A final line break would show as an empty last line; <pre> in JupyterLab does not show it.
        int length = all.length() > 0 && all.charAt(all.length() - 1) == '\n' ? all.length() - 1 : all.length();
        String shownText = all.substring(0, length);

        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("output-text");
        flow.getStyleClass().addAll(styleClasses);
        flow.setStyle(Monospace.style());
        flow.setMinWidth(0);

        int position = 0;
        int breaksLeft = MAX_LINES - 1;
        boolean truncated = false;
        List<Node> nodes = new ArrayList<>();
        for (AnsiSegment segment : segments) {
            if (position >= length || truncated) {
                break;
            }
            String text = segment.text().substring(0, Math.min(segment.text().length(), length - position));
            position += segment.text().length();
            int cut = cutBeforeBreak(text, breaksLeft);
            breaksLeft -= countLineBreaks(text, cut);
            truncated = cut < text.length();
            addRun(nodes, text.substring(0, cut), segment.style());
        }
        if (truncated) {
            int hidden = countLineBreaks(shownText, shownText.length()) + 1 - MAX_LINES;
            Text note = new Text("\n\u2026 " + hidden + " more lines not shown (Copy Output takes all of them)");
            note.getStyleClass().add("output-truncated");
            nodes.add(note);
        }
        flow.getChildren().setAll(nodes);
        installCopyMenu(flow, shownText);
        return flow;
    }

    private static void addRun(List<Node> nodes, String text, AnsiStyle style) {
        if (text.isEmpty()) {
            return;
        }
        String background = AnsiCss.background(style);
        if (background == null) {
            Text run = new Text(text);
            run.getStyleClass().add("output-text-run");
            run.setStyle(AnsiCss.text(style));
            nodes.add(run);
            return;
        }
        // Each line of a run with a background is its own label, so line breaks stay in the flow.
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                Text lineBreak = new Text("\n");
                lineBreak.getStyleClass().add("output-text-run");
                nodes.add(lineBreak);
            }
            if (!lines[i].isEmpty()) {
                nodes.add(backgroundRun(lines[i], style, background));
            }
        }
    }

    private static Label backgroundRun(String text, AnsiStyle style, String background) {
        Label label = new Label(text);
        label.getStyleClass().add("output-text-background-run");
        String fill = AnsiCss.fill(style);
        label.setStyle("-fx-background-color: " + background + ";"
                + "-fx-text-fill: " + (fill == null ? "-color-fg-default" : fill) + ";"
                + (style.bold() ? "-fx-font-weight: bold;" : "")
                + (style.italic() ? "-fx-font-style: italic;" : "")
                + (style.underline() ? "-fx-underline: true;" : ""));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** The index of the line break after {@code allowed} breaks of {@code text}, or its length. */
    private static int cutBeforeBreak(String text, int allowed) {
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && seen++ == allowed) {
                return i;
            }
        }
        return text.length();
    }

    private static int countLineBreaks(String text, int end) {
        int count = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** The menu is built on first request: a popup per output would cost each cell a scene. */
    private static void installCopyMenu(TextFlow flow, String text) {
        flow.setOnContextMenuRequested(e -> {
            MenuItem copy = new MenuItem("Copy Output");
            copy.setOnAction(action -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(text);
                Clipboard.getSystemClipboard().setContent(content);
            });
            new ContextMenu(copy).show(flow, e.getScreenX(), e.getScreenY());
        });
    }
}
