package dev.continuum.editor.ansi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The line being written, with a cursor, as a terminal keeps it: a character written where the
 * cursor is replaces the one there. That is how Jupyter shows stream text after a carriage return:
 * {@code "50%\r100%"} leaves {@code "100%"}, and {@code "abcdef\rXY"} leaves {@code "XYcdef"}.
 * Styles are kept per character as small ids so an overwritten character takes its new style.
 */
final class ScreenLine {

    private final StringBuilder chars = new StringBuilder();
    private int[] styleIds = new int[64];
    private final List<AnsiStyle> styles = new ArrayList<>();
    private int cursor;

    void write(String text, int from, int to, AnsiStyle style) {
        int id = styleId(style);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (cursor < chars.length()) {
                chars.setCharAt(cursor, c);
            } else {
                chars.append(c);
            }
            ensureCapacity(cursor + 1);
            styleIds[cursor] = id;
            cursor++;
        }
    }

    /** {@code \r}: back to the start of the line; what follows overwrites. */
    void carriageReturn() {
        cursor = 0;
    }

    /** {@code \b}: deletes the character before the cursor, as Jupyter does for stream text. */
    void backspace() {
        if (cursor == 0) {
            return;
        }
        chars.deleteCharAt(cursor - 1);
        System.arraycopy(styleIds, cursor, styleIds, cursor - 1, chars.length() - (cursor - 1));
        cursor--;
    }

    /** CSI n D / C / G: moves the cursor within the line; moving right past the end pads with spaces. */
    void moveCursorTo(int column, AnsiStyle padStyle) {
        int target = Math.max(0, column);
        if (target > chars.length()) {
            cursor = chars.length();
            write(" ".repeat(target - chars.length()), 0, target - chars.length(), padStyle);
        }
        cursor = target;
    }

    int cursor() {
        return cursor;
    }

    /** CSI K: 0 erases to the end of the line, 1 from its start to the cursor, 2 all of it (the cursor stays). */
    void erase(int mode, AnsiStyle style) {
        switch (mode) {
            case 0 -> chars.setLength(Math.min(cursor, chars.length()));
            case 1 -> {
                int end = Math.min(cursor + 1, chars.length());
                int id = styleId(style);
                for (int i = 0; i < end; i++) {
                    chars.setCharAt(i, ' ');
                    styleIds[i] = id;
                }
            }
            case 2 -> {
                chars.setLength(0);
                int column = cursor;
                cursor = 0;
                moveCursorTo(column, style);
            }
            default -> {
                // Other modes do not exist; ignore them as terminals do.
            }
        }
    }

    /** Emits the line's runs into {@code out} and starts a new, empty line. */
    void flushTo(SegmentCollector out) {
        int length = chars.length();
        int runStart = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || styleIds[i] != styleIds[runStart]) {
                out.add(chars.substring(runStart, i), styles.get(styleIds[runStart]));
                runStart = i;
            }
        }
        chars.setLength(0);
        cursor = 0;
        styles.clear();
    }

    private int styleId(AnsiStyle style) {
        // Lines rarely hold more than a few styles: a linear search beats hashing here.
        for (int i = styles.size() - 1; i >= 0; i--) {
            if (styles.get(i).equals(style)) {
                return i;
            }
        }
        styles.add(style);
        return styles.size() - 1;
    }

    private void ensureCapacity(int size) {
        if (size > styleIds.length) {
            styleIds = Arrays.copyOf(styleIds, Math.max(size, styleIds.length * 2));
        }
    }
}
