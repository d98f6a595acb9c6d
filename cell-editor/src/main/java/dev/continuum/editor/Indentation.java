package dev.continuum.editor;

import dev.continuum.editor.highlight.Highlighter;
import dev.continuum.editor.highlight.Highlighters;
import dev.continuum.editor.highlight.Language;
import dev.continuum.editor.highlight.Token;
import dev.continuum.editor.highlight.TokenKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Indentation rules of the editor, as JupyterLab's CodeMirror applies them with a 4-space unit.
 * Pure: the key handlers ask it what to insert and do only the editing.
 */
final class Indentation {

    static final String UNIT = "    ";

    /** Python statements after which the next line goes one level out. */
    private static final Set<String> PYTHON_DEDENTERS = Set.of("return", "pass", "break", "continue", "raise");

    private Indentation() {
    }

    /** What Enter inserts, and where the caret goes within it. */
    record Insertion(String text, int caretOffset) {
        static Insertion atEnd(String text) {
            return new Insertion(text, text.length());
        }
    }

    /**
     * The text Enter inserts at the caret: a line break and the indentation of the current line,
     * one unit more after a block opener (':' in Python, '{' in Java, an open bracket in either),
     * one unit less after a Python {@code return}/{@code pass}/... Between a bracket pair
     * ({@code {|}}) the closing bracket goes on its own line, as in CodeMirror.
     *
     * @param lineBeforeCaret the current line up to the caret (selection already removed)
     * @param lineAfterCaret  the current line from the caret on
     */
    static Insertion onEnter(Language language, String lineBeforeCaret, String lineAfterCaret) {
        String indent = leadingWhitespace(lineBeforeCaret);
        String code = codeOf(language, lineBeforeCaret).stripTrailing();
        boolean python = language == Language.PYTHON;
        char last = code.isEmpty() ? '\0' : code.charAt(code.length() - 1);
        boolean opensBlock = last == '{' || last == '(' || last == '[' || (python && last == ':');
        if (opensBlock) {
            String inner = indent + UNIT;
            char first = lineAfterCaret.stripLeading().isEmpty() ? '\0' : lineAfterCaret.stripLeading().charAt(0);
            if (closes(last, first)) {
                String text = "\n" + inner + "\n" + indent;
                return new Insertion(text, 1 + inner.length());
            }
            return Insertion.atEnd("\n" + inner);
        }
        if (python && PYTHON_DEDENTERS.contains(firstWord(code))) {
            return Insertion.atEnd("\n" + dedented(indent));
        }
        return Insertion.atEnd("\n" + indent);
    }

    /**
     * How many characters Backspace deletes before the caret: back to the previous indentation
     * stop when the caret is in the leading spaces of a line, else one.
     */
    static int backspaceWidth(String lineBeforeCaret) {
        if (lineBeforeCaret.isEmpty() || !lineBeforeCaret.chars().allMatch(c -> c == ' ')) {
            return 1;
        }
        return (lineBeforeCaret.length() - 1) % UNIT.length() + 1;
    }

    /**
     * Typing '}' on a line holding only indentation moves it one level out (Java); returns the new
     * indentation, or null when the rule does not apply.
     */
    static String beforeClosingBrace(String lineBeforeCaret, String lineAfterCaret) {
        if (lineBeforeCaret.isEmpty() || !lineBeforeCaret.isBlank() || !lineAfterCaret.isBlank()) {
            return null;
        }
        return dedented(lineBeforeCaret);
    }

    /** The line with up to one unit of leading whitespace removed; returns how many characters went. */
    static int outdentWidth(String line) {
        int width = 0;
        while (width < line.length() && width < UNIT.length() && line.charAt(width) == ' ') {
            width++;
        }
        if (width == 0 && !line.isEmpty() && line.charAt(0) == '\t') {
            return 1;
        }
        return width;
    }

    static String leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    private static String dedented(String indent) {
        return indent.substring(outdentWidth(indent));
    }

    private static boolean closes(char open, char close) {
        return (open == '{' && close == '}') || (open == '(' && close == ')') || (open == '[' && close == ']');
    }

    /** The line without a trailing comment, found with the highlighter so '#' in a string is kept. */
    private static String codeOf(Language language, String line) {
        Highlighter highlighter = Highlighters.forLanguage(language);
        List<Token> tokens = highlighter.tokenize(line);
        if (!tokens.isEmpty()) {
            Token last = tokens.get(tokens.size() - 1);
            if (last.kind() == TokenKind.COMMENT && last.end() == line.length()) {
                return line.substring(0, last.start());
            }
        }
        return line;
    }

    private static String firstWord(String code) {
        String stripped = code.strip();
        int end = 0;
        while (end < stripped.length() && Character.isLetter(stripped.charAt(end))) {
            end++;
        }
        return stripped.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
