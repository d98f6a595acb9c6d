package dev.continuum.editor.ansi;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the parameters of one SGR sequence ({@code ESC [ ... m}) to a style. Both the
 * semicolon form of extended colours ({@code 38;5;n}, {@code 38;2;r;g;b}) and the colon form of
 * ITU T.416 ({@code 38:5:n}, {@code 38:2::r:g:b}) are understood; unknown codes are ignored, as
 * terminals do.
 */
final class Sgr {

    private Sgr() {
    }

    static AnsiStyle apply(AnsiStyle style, String parameters) {
        List<int[]> groups = parse(parameters);
        if (groups.isEmpty()) {
            return AnsiStyle.DEFAULT;
        }
        AnsiStyle result = style;
        for (int g = 0; g < groups.size(); g++) {
            int[] group = groups.get(g);
            int code = group[0];
            if (code == 38 || code == 48) {
                AnsiColor color;
                if (group.length > 1) {
                    color = extendedColor(group, 1);
                } else {
                    // Semicolon form: the colour's parameters are the following groups.
                    int mode = g + 1 < groups.size() ? groups.get(g + 1)[0] : -1;
                    int needed = mode == 5 ? 2 : mode == 2 ? 4 : 1;
                    if (g + needed >= groups.size()) {
                        break;
                    }
                    int[] flat = new int[needed + 1];
                    flat[0] = code;
                    for (int k = 1; k <= needed; k++) {
                        flat[k] = groups.get(g + k)[0];
                    }
                    color = extendedColor(flat, 1);
                    g += needed;
                }
                if (color != null) {
                    result = code == 38 ? result.withForeground(color) : result.withBackground(color);
                }
                continue;
            }
            result = applySimple(result, code);
        }
        return result;
    }

    private static AnsiStyle applySimple(AnsiStyle style, int code) {
        if (code >= 30 && code <= 37) {
            return style.withForeground(AnsiColor.indexed(code - 30));
        }
        if (code >= 90 && code <= 97) {
            return style.withForeground(AnsiColor.indexed(code - 90 + 8));
        }
        if (code >= 40 && code <= 47) {
            return style.withBackground(AnsiColor.indexed(code - 40));
        }
        if (code >= 100 && code <= 107) {
            return style.withBackground(AnsiColor.indexed(code - 100 + 8));
        }
        return switch (code) {
            case 0 -> AnsiStyle.DEFAULT;
            case 1 -> style.withBold(true);
            case 3 -> style.withItalic(true);
            case 4, 21 -> style.withUnderline(true);
            case 7 -> style.withInverse(true);
            case 22 -> style.withBold(false);
            case 23 -> style.withItalic(false);
            case 24 -> style.withUnderline(false);
            case 27 -> style.withInverse(false);
            case 39 -> style.withForeground(null);
            case 49 -> style.withBackground(null);
            default -> style;
        };
    }

    /** The colour described from {@code at} on ({@code 5, n} or {@code 2, [space,] r, g, b}), or null. */
    private static AnsiColor extendedColor(int[] values, int at) {
        if (at >= values.length) {
            return null;
        }
        int mode = values[at];
        int remaining = values.length - at - 1;
        if (mode == 5 && remaining >= 1) {
            int index = values[at + 1];
            return index >= 0 && index <= 255 ? AnsiColor.indexed(index) : null;
        }
        if (mode == 2 && remaining >= 3) {
            // The colon form may carry a colour-space id before r, g, b: take the last three.
            int first = remaining >= 4 ? at + 2 : at + 1;
            return AnsiColor.rgb(values[first], values[first + 1], values[first + 2]);
        }
        return null;
    }

    /** Groups split on ';', each split on ':'; an empty parameter is 0, a non-numeric one makes the sequence void. */
    private static List<int[]> parse(String parameters) {
        List<int[]> groups = new ArrayList<>();
        if (parameters.isEmpty()) {
            return groups;
        }
        for (String group : parameters.split(";", -1)) {
            String[] parts = group.split(":", -1);
            int[] values = new int[parts.length];
            for (int k = 0; k < parts.length; k++) {
                values[k] = parseNumber(parts[k]);
                if (values[k] < 0) {
                    return List.of(new int[] {-1});
                }
            }
            groups.add(values);
        }
        return groups;
    }

    private static int parseNumber(String digits) {
        if (digits.isEmpty()) {
            return 0;
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = Math.min(value * 10 + (c - '0'), 1_000_000);
        }
        return value;
    }
}
