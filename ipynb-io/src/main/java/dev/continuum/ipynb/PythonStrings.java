package dev.continuum.ipynb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Python's string rules that nbformat's output depends on. */
final class PythonStrings {

    private PythonStrings() {
    }

    /**
     * Python's {@code str.splitlines(True)}: lines with their endings kept, splitting on every
     * boundary Python knows (not only {@code \n}); an empty string gives no lines.
     */
    static List<String> splitLinesKeepEnds(String text) {
        List<String> lines = new ArrayList<>();
        int length = text.length();
        int start = 0;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isLineBoundary(c)) {
                int end = i + 1;
                if (c == '\r' && end < length && text.charAt(end) == '\n') {
                    end++;
                }
                lines.add(text.substring(start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < length) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean isLineBoundary(char c) {
        return switch (c) {
            case '\n', '\r', '\u000b', '\u000c', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029' -> true;
            default -> false;
        };
    }

    /** Python's {@code str.splitlines()} without the endings. */
    static List<String> splitLines(String text) {
        List<String> lines = splitLinesKeepEnds(text);
        lines.replaceAll(PythonStrings::stripLineEnd);
        return lines;
    }

    private static String stripLineEnd(String line) {
        if (line.endsWith("\r\n")) {
            return line.substring(0, line.length() - 2);
        }
        if (!line.isEmpty() && isLineBoundary(line.charAt(line.length() - 1))) {
            return line.substring(0, line.length() - 1);
        }
        return line;
    }

    /**
     * Python orders strings by code point; Java's {@code compareTo} by UTF-16 unit. They differ only
     * when a surrogate meets a character above U+D7FF, which this handles.
     */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (Character.isSurrogate(ca) != Character.isSurrogate(cb) && (ca >= 0xD800 && cb >= 0xD800)) {
                    return Character.isSurrogate(ca) ? 1 : -1;
                }
                return ca - cb;
            }
        }
        return a.length() - b.length();
    };
}
