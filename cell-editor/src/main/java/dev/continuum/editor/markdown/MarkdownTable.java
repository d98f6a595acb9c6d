package dev.continuum.editor.markdown;

import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/** A GFM table as a GridPane: one TextFlow per cell, header cells bold, column alignment kept. */
final class MarkdownTable {

    private MarkdownTable() {
    }

    static GridPane create(TableBlock table, Function<Node, TextFlow> inline) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int row = 0;
        int columns = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int column = 0;
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        grid.add(cell(cell, inline, row), column, row);
                        column++;
                    }
                }
                columns = Math.max(columns, column);
                row++;
            }
        }
        for (int c = 0; c < columns; c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHgrow(Priority.NEVER);
            constraints.setFillWidth(true);
            grid.getColumnConstraints().add(constraints);
        }
        return grid;
    }

    private static TextFlow cell(TableCell cell, Function<Node, TextFlow> inline, int row) {
        TextFlow flow = inline.apply(cell);
        flow.getStyleClass().add(cell.isHeader() ? "md-table-header" : "md-table-cell");
        if (row % 2 == 0 && !cell.isHeader()) {
            flow.getStyleClass().add("md-table-row-even");
        }
        TableCell.Alignment alignment = cell.getAlignment();
        if (alignment != null) {
            switch (alignment) {
                case CENTER -> {
                    flow.setTextAlignment(TextAlignment.CENTER);
                    GridPane.setHalignment(flow, HPos.CENTER);
                }
                case RIGHT -> {
                    flow.setTextAlignment(TextAlignment.RIGHT);
                    GridPane.setHalignment(flow, HPos.RIGHT);
                }
                default -> flow.setTextAlignment(TextAlignment.LEFT);
            }
        }
        flow.setMaxWidth(Double.MAX_VALUE);
        return flow;
    }
}
