package dev.continuum.editor.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes LaTeX out of markdown before it is parsed, as JupyterLab's {@code removeMath} does, so
 * {@code $a_1 * b_2$} is not read as emphasis and {@code \(} keeps its backslash. Each formula is
 * replaced by a placeholder of private-use characters that markdown leaves alone; the renderer
 * puts the source back, shown in monospace (there is no math renderer). Code spans and fenced code
 * blocks are left as they are: a {@code $} in code is not math.
 */
final class MathProtector {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern BEGIN = Pattern.compile("\\\\begin\\{([a-zA-Z]+\\*?)}");

    private MathProtector() {
    }

    /** The markdown with formulas replaced, and the formulas (with their delimiters) in order. */
    record Protected(String markdown, List<String> formulas) {
    }

    /** A run of text: either plain or one formula. */
    record Piece(String text, boolean math, boolean display) {
    }

    static Protected protect(String markdown) {
        List<String> formulas = new ArrayList<>();
        StringBuilder out = new StringBuilder(markdown.length());
        String[] lines = markdown.split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        String fence = null;
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            String terminator = l < lines.length - 1 ? "\n" : "";
            Matcher fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                out.append(line).append(terminator);
                if (fenceMatch.find() && fenceMatch.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatch.group(1).length() >= fence.length()) {
                    fence = null;
                }
            } else if (fenceMatch.find()) {
                out.append(replaceMath(paragraph.toString(), formulas));
                paragraph.setLength(0);
                fence = fenceMatch.group(1);
                out.append(line).append(terminator);
            } else if (line.isBlank()) {
                // A blank line ends any inline formula, as it ends the paragraph.
                out.append(replaceMath(paragraph.toString(), formulas));
                paragraph.setLength(0);
                out.append(line).append(terminator);
            } else {
                paragraph.append(line).append(terminator);
            }
        }
        out.append(replaceMath(paragraph.toString(), formulas));
        return new Protected(out.toString(), List.copyOf(formulas));
    }

    /** Splits text coming out of the markdown parser into plain runs and the formulas put back. */
    static List<Piece> restore(String text, List<String> formulas) {
        List<Piece> pieces = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                pieces.add(new Piece(text.substring(last, matcher.start()), false, false));
            }
            int index = Integer.parseInt(matcher.group(1));
            String formula = index < formulas.size() ? formulas.get(index) : "";
            boolean display = formula.startsWith("$$") || formula.startsWith("\\[") || formula.startsWith("\\begin");
            pieces.add(new Piece(formula, true, display));
            last = matcher.end();
        }
        if (last < text.length()) {
            pieces.add(new Piece(text.substring(last), false, false));
        }
        return pieces;
    }

    private static String replaceMath(String text, List<String> formulas) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '`') {
                int run = runLength(text, i, '`');
                int close = findBacktickRun(text, i + run, run);
                int end = close < 0 ? i + run : close + run;
                out.append(text, i, end);
                i = end;
                continue;
            }
            int end = mathEnd(text, i);
            if (end > i) {
                out.append(OPEN).append(formulas.size()).append(CLOSE);
                formulas.add(text.substring(i, end));
                i = end;
            } else if (c == '\\' && i + 1 < n) {
                out.append(text, i, i + 2); // an escape such as \$ stays for the parser
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The end of a formula starting at {@code i}, or {@code i} when none starts there. */
    private static int mathEnd(String text, int i) {
        if (text.startsWith("$$", i)) {
            int close = text.indexOf("$$", i + 2);
            return close > i + 2 ? close + 2 : i;
        }
        if (text.charAt(i) == '$') {
            for (int j = i + 1; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '\\') {
                    j++;
                } else if (c == '$') {
                    return j > i + 1 ? j + 1 : i;
                }
            }
            return i;
        }
        if (text.startsWith("\\(", i)) {
            int close = text.indexOf("\\)", i + 2);
            return close < 0 ? i : close + 2;
        }
        if (text.startsWith("\\[", i)) {
            int close = text.indexOf("\\]", i + 2);
            return close < 0 ? i : close + 2;
        }
        Matcher begin = BEGIN.matcher(text).region(i, text.length());
        if (begin.lookingAt()) {
            String end = "\\end{" + begin.group(1) + "}";
            int close = text.indexOf(end, begin.end());
            return close < 0 ? i : close + end.length();
        }
        return i;
    }

    private static int runLength(String text, int from, char c) {
        int i = from;
        while (i < text.length() && text.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    private static int findBacktickRun(String text, int from, int length) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int run = runLength(text, i, '`');
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }
}
