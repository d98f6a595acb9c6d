package dev.continuum.launchers.jshell;

import java.util.ArrayList;
import java.util.List;

/** A cell's source with its line starts, to turn offsets into the cell's own line numbers. */
final class CellText {

    private final String text;
    private final int[] lineStarts;

    CellText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    /** The 1-based line holding {@code offset} (offsets past the end count as the last line). */
    int lineOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= clamped) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    /** The 0-based column of {@code offset} within its line. */
    int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStarts[lineOf(clamped) - 1];
    }

    /** The text of 1-based {@code line}, without its line break. */
    String line(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        String content = text.substring(start, Math.max(start, end));
        return content.endsWith("\r") ? content.substring(0, content.length() - 1) : content;
    }

    int lineCount() {
        return lineStarts.length;
    }
}
