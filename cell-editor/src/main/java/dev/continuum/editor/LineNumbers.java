package dev.continuum.editor;

import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.fxmisc.richtext.GenericStyledArea;
import org.reactfx.collection.LiveList;
import org.reactfx.value.Val;

/**
 * Line numbers in the gutter, right-aligned and padded to the widest number. Like RichTextFX's
 * LineNumberFactory, but the labels carry only our style class: the flow lays out paragraph
 * graphics before they are in the scene, where the platform's ".label" rule cannot resolve its
 * colours and would log a warning for every line.
 */
final class LineNumbers implements IntFunction<Node> {

    private final Val<Integer> lineCount;

    LineNumbers(GenericStyledArea<?, ?, ?> area) {
        this.lineCount = LiveList.sizeOf(area.getParagraphs());
    }

    @Override
    public Node apply(int index) {
        Label label = new Label();
        label.getStyleClass().setAll("lineno");
        label.setAlignment(Pos.TOP_RIGHT);
        Val<String> text = lineCount.map(count -> format(index + 1, count));
        // Only while shown: a paragraph scrolled out of view must not keep listening.
        label.textProperty().bind(text.conditionOnShowing(label));
        return label;
    }

    static String format(int number, int lineCount) {
        int digits = Math.max(1, String.valueOf(lineCount).length());
        return String.format("%" + digits + "d", number);
    }
}
