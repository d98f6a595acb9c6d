package dev.continuum.editor.ansi;

import java.util.List;

/**
 * Turns terminal text (Jupyter stream output, IPython tracebacks) into styled segments.
 *
 * <ul>
 *   <li>SGR sequences set the style: bold, italic, underline, inverse, the 16 named colours,
 *       256-colour and 24-bit colours, and their resets.</li>
 *   <li>Line editing as Jupyter applies it to stream text: {@code \r\n} is a line break, a lone
 *       {@code \r} returns to the start of the line so later text overwrites it (a progress bar
 *       shows its last state), {@code \b} deletes the previous character. Erase-in-line and
 *       horizontal cursor moves ({@code CSI K, D, C, G}) act on the current line.</li>
 *   <li>Every other escape sequence (cursor up, OSC titles and hyperlinks, charset selection) and
 *       control character except tab is dropped, so it never shows as garbage.</li>
 * </ul>
 */
public final class AnsiParser {

    private static final char ESC = '\u001B';
    private static final char BEL = '\u0007';

    private AnsiParser() {
    }

    public static List<AnsiSegment> parse(String text) {
        SegmentCollector out = new SegmentCollector();
        ScreenLine line = new ScreenLine();
        AnsiStyle style = AnsiStyle.DEFAULT;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isPrintable(c)) {
                int end = i + 1;
                while (end < n && isPrintable(text.charAt(end))) {
                    end++;
                }
                line.write(text, i, end, style);
                i = end;
            } else if (c == '\n') {
                line.flushTo(out);
                out.addLineBreak();
                i++;
            } else if (c == '\r') {
                int end = i;
                while (end < n && text.charAt(end) == '\r') {
                    end++;
                }
                if (end >= n || text.charAt(end) != '\n') {
                    line.carriageReturn();
                }
                i = end;
            } else if (c == '\b') {
                line.backspace();
                i++;
            } else if (c == ESC) {
                int end = escapeEnd(text, i);
                style = applyEscape(text, i, end, style, line);
                i = end;
            } else {
                i++;
            }
        }
        line.flushTo(out);
        return out.finish();
    }

    /** The text without escape sequences, after line editing: what a user would copy. */
    public static String plainText(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (AnsiSegment segment : parse(text)) {
            plain.append(segment.text());
        }
        return plain.toString();
    }

    private static boolean isPrintable(char c) {
        return c >= ' ' && c != '\u007F' || c == '\t';
    }

    /** The end (exclusive) of the escape sequence starting at {@code start}; an unfinished one runs to the end. */
    private static int escapeEnd(String text, int start) {
        int n = text.length();
        if (start + 1 >= n) {
            return n;
        }
        char kind = text.charAt(start + 1);
        if (kind == '[') {
            for (int i = start + 2; i < n; i++) {
                char c = text.charAt(i);
                if (c >= '@' && c <= '~') {
                    return i + 1;
                }
                if (c < ' ' || c > '?') {
                    return i; // not a CSI byte: the sequence is broken, keep what follows
                }
            }
            return n;
        }
        if (kind == ']' || kind == 'P' || kind == 'X' || kind == '^' || kind == '_') {
            // OSC and other strings end with BEL or ST (ESC \).
            for (int i = start + 2; i < n; i++) {
                char c = text.charAt(i);
                if (c == BEL) {
                    return i + 1;
                }
                if (c == ESC && i + 1 < n && text.charAt(i + 1) == '\\') {
                    return i + 2;
                }
            }
            return n;
        }
        if (kind == '(' || kind == ')' || kind == '*' || kind == '+') {
            return Math.min(n, start + 3); // charset designation: ESC ( B
        }
        return start + 2;
    }

    private static AnsiStyle applyEscape(String text, int start, int end, AnsiStyle style, ScreenLine line) {
        if (end - start < 3 || text.charAt(start + 1) != '[') {
            return style;
        }
        char command = text.charAt(end - 1);
        String parameters = text.substring(start + 2, end - 1);
        switch (command) {
            case 'm' -> {
                return Sgr.apply(style, parameters);
            }
            case 'K' -> line.erase(number(parameters, 0), style);
            case 'D' -> line.moveCursorTo(line.cursor() - Math.max(1, number(parameters, 1)), style);
            case 'C' -> line.moveCursorTo(line.cursor() + Math.max(1, number(parameters, 1)), style);
            case 'G' -> line.moveCursorTo(Math.max(1, number(parameters, 1)) - 1, style);
            default -> {
                // Vertical moves, screen erase, modes: meaningless in an output area.
            }
        }
        return style;
    }

    private static int number(String parameters, int otherwise) {
        if (parameters.isEmpty()) {
            return otherwise;
        }
        try {
            return Math.min(Integer.parseInt(parameters), 10_000);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
