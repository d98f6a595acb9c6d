package dev.continuum.editor.highlight;

/** Character scanning shared by the lexers. */
final class Scan {

    private Scan() {
    }

    /** Index of the line break at or after {@code from}, or the text length. */
    static int lineEnd(String s, int from) {
        int newline = s.indexOf('\n', from);
        return newline < 0 ? s.length() : newline;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Digits (per {@code hex}) and the underscores both languages allow between them (1_000). */
    static int digitsEnd(String s, int from, boolean hex) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '_' || (hex ? isHexDigit(c) : isDigit(c))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The end of an exponent ({@code e-5}) starting at {@code from}, or {@code from} when there is none. */
    static int exponentEnd(String s, int from) {
        int n = s.length();
        if (from < n && (s.charAt(from) == 'e' || s.charAt(from) == 'E')) {
            int i = from + 1;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (i < n && isDigit(s.charAt(i))) {
                return digitsEnd(s, i, false);
            }
        }
        return from;
    }

    /**
     * A decimal number's end: digits, an optional fraction and exponent. Starts at a digit or at a
     * '.' followed by a digit.
     */
    static int decimalEnd(String s, int from) {
        int n = s.length();
        int i = digitsEnd(s, from, false);
        if (i < n && s.charAt(i) == '.' && !(i + 1 < n && s.charAt(i + 1) == '.')) {
            i = digitsEnd(s, i + 1, false);
        }
        return exponentEnd(s, i);
    }

    /**
     * The end of a quoted literal whose opening quote ends before {@code from}: after the closing
     * quote, or at the line break when unterminated (the line break is not part of it). A backslash
     * always takes the next character with it, which is also right for Python raw strings.
     */
    static int quotedEnd(String s, int from, char quote) {
        int n = s.length();
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    // A backslash-newline continues a Python string; in Java it is an error either way.
                    i += 2;
                    continue;
                }
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return n;
    }

    /** The end of a triple-quoted literal whose opening delimiter ends before {@code from}. */
    static int tripleQuotedEnd(String s, int from, char quote) {
        int n = s.length();
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote && i + 2 < n && s.charAt(i + 1) == quote && s.charAt(i + 2) == quote) {
                return i + 3;
            } else {
                i++;
            }
        }
        return n;
    }

    static boolean startsTriple(String s, int at, char quote) {
        return at + 2 < s.length() && s.charAt(at) == quote && s.charAt(at + 1) == quote && s.charAt(at + 2) == quote;
    }
}
