package dev.continuum.editor.highlight;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One pass over Python source. F-strings are lexed as Python 3.12 does (PEP 701): the literal parts
 * are strings and each replacement field {@code {expr!r:spec}} is lexed as code, so quotes inside a
 * field do not end the string and the field's expression is coloured like any other code.
 */
final class PythonLexer {

    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /** Keywords only at the start of a statement that ends with ':' ({@code match x:}, {@code case _:}). */
    private static final Set<String> SOFT_KEYWORDS = Set.of("match", "case");

    private static final Set<String> BUILTINS = Set.of(
            "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes",
            "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod",
            "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals",
            "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len",
            "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow",
            "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
            "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__import__",
            "NotImplemented", "Ellipsis", "__name__", "__file__",
            "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError",
            "ImportError", "ModuleNotFoundError", "IndexError", "KeyError", "KeyboardInterrupt",
            "NameError", "NotImplementedError", "OSError", "FileNotFoundError", "RuntimeError",
            "StopIteration", "TypeError", "ValueError", "ZeroDivisionError", "Warning", "UserWarning",
            "DeprecationWarning");

    /** Prefixes of string literals (f, t: template strings of 3.14, lexed like f-strings). */
    private static final Set<String> STRING_PREFIXES = Set.of(
            "r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "tr", "rt");

    /** ':' is punctuation in Python except in the walrus ':=', handled apart. */
    private static final String OPERATORS = "+-*/%=<>!&|^~@";

    private final String s;
    private final int n;
    private final TokenSink out = new TokenSink();

    PythonLexer(String text) {
        this.s = text;
        this.n = text.length();
    }

    List<Token> run() {
        lexCode(0, false, false);
        return out.tokens();
    }

    /**
     * Lexes code from {@code i}. At top level it runs to the end of the text. Inside an f-string
     * replacement field ({@code inField}) it returns the index of the '}' or the format-spec ':' that
     * ends the field at bracket depth 0, or of the line break when the enclosing string is
     * single-quoted (an unterminated field must not swallow the rest of the cell).
     */
    private int lexCode(int i, boolean inField, boolean singleLine) {
        int depth = 0;
        boolean statementStart = !inField;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (inField && singleLine) {
                    return i;
                }
                statementStart = depth == 0;
                i++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                i++;
                continue;
            }
            boolean atStatementStart = statementStart;
            statementStart = false;
            if (inField && depth == 0 && (c == '}' || c == ':')) {
                return i;
            }
            char next = i + 1 < n ? s.charAt(i + 1) : '\0';
            if (c == '#') {
                int end = Scan.lineEnd(s, i);
                out.add(TokenKind.COMMENT, i, end);
                i = end;
            } else if (c == '@' && atStatementStart && isIdentifierStart(next)) {
                int end = identifierEnd(i + 1);
                while (end + 1 < n && s.charAt(end) == '.' && isIdentifierStart(s.charAt(end + 1))) {
                    end = identifierEnd(end + 1);
                }
                out.add(TokenKind.DECORATOR, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                i = lexString(i, 0);
            } else if (isIdentifierStart(c)) {
                int prefix = stringPrefixLength(i);
                if (prefix > 0) {
                    i = lexString(i, prefix);
                } else {
                    i = lexWord(i, atStatementStart);
                }
            } else if (Scan.isDigit(c) || (c == '.' && Scan.isDigit(next))) {
                int end = numberEnd(i);
                out.add(TokenKind.NUMBER, i, end);
                i = end;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                out.add(TokenKind.BRACKET, i, i + 1);
                i++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
                out.add(TokenKind.BRACKET, i, i + 1);
                i++;
            } else if (c == ':' && next == '=') {
                out.add(TokenKind.OPERATOR, i, i + 2);
                i += 2;
            } else if (OPERATORS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < n && OPERATORS.indexOf(s.charAt(end)) >= 0) {
                    end++;
                }
                out.add(TokenKind.OPERATOR, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return n;
    }

    private int lexWord(int i, boolean atStatementStart) {
        int end = identifierEnd(i);
        String word = s.substring(i, end);
        if (KEYWORDS.contains(word)) {
            out.add(TokenKind.KEYWORD, i, end);
        } else if (SOFT_KEYWORDS.contains(word) && atStatementStart && isCompoundStatementHeader(end)) {
            out.add(TokenKind.KEYWORD, i, end);
        } else if (BUILTINS.contains(word) && !(i > 0 && s.charAt(i - 1) == '.')) {
            // obj.print is an attribute, not the builtin.
            out.add(TokenKind.BUILTIN, i, end);
        }
        return end;
    }

    /**
     * Whether the rest of the line after a soft keyword makes it a statement header: it ends with
     * ':' and the word is not assigned or accessed ({@code match = 1}, {@code match.group(0)}).
     */
    private boolean isCompoundStatementHeader(int from) {
        int i = from;
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i >= n || i == from && s.charAt(i) != '(' && s.charAt(i) != '[' && s.charAt(i) != '{') {
            return false;
        }
        char first = s.charAt(i);
        if (first == '=' || first == '.' || first == ',' || first == ')' || first == ':') {
            return false;
        }
        String rest = s.substring(i, Scan.lineEnd(s, i));
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        return rest.stripTrailing().endsWith(":");
    }

    /** Length of a string prefix ({@code rb}, {@code f}) at {@code i} directly followed by a quote, else 0. */
    private int stringPrefixLength(int i) {
        for (int length = 2; length >= 1; length--) {
            int quoteAt = i + length;
            if (quoteAt < n && (s.charAt(quoteAt) == '"' || s.charAt(quoteAt) == '\'')
                    && STRING_PREFIXES.contains(s.substring(i, quoteAt).toLowerCase(Locale.ROOT))) {
                return length;
            }
        }
        return 0;
    }

    /** Lexes a string literal with a prefix of {@code prefixLength} characters at {@code start}; returns its end. */
    private int lexString(int start, int prefixLength) {
        String prefix = s.substring(start, start + prefixLength).toLowerCase(Locale.ROOT);
        boolean formatted = prefix.indexOf('f') >= 0 || prefix.indexOf('t') >= 0;
        int quoteAt = start + prefixLength;
        char quote = s.charAt(quoteAt);
        boolean triple = Scan.startsTriple(s, quoteAt, quote);
        int bodyStart = quoteAt + (triple ? 3 : 1);
        if (!formatted) {
            int end = triple ? Scan.tripleQuotedEnd(s, bodyStart, quote) : Scan.quotedEnd(s, bodyStart, quote);
            out.add(TokenKind.STRING, start, end);
            return end;
        }
        int segmentStart = start;
        int i = bodyStart;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                // "\{" leaves the brace to start a field, as Python does.
                boolean braceFollows = i + 1 < n && (s.charAt(i + 1) == '{' || s.charAt(i + 1) == '}');
                i += braceFollows ? 1 : 2;
            } else if (triple ? Scan.startsTriple(s, i, quote) : c == quote) {
                int end = i + (triple ? 3 : 1);
                out.add(TokenKind.STRING, segmentStart, end);
                return end;
            } else if (!triple && c == '\n') {
                out.add(TokenKind.STRING, segmentStart, i);
                return i;
            } else if (c == '{' && i + 1 < n && s.charAt(i + 1) == '{') {
                i += 2;
            } else if (c == '{') {
                out.add(TokenKind.STRING, segmentStart, i);
                i = lexField(i, quote, triple);
                segmentStart = i;
            } else {
                i++;
            }
        }
        i = Math.min(i, n);
        out.add(TokenKind.STRING, segmentStart, i);
        return i;
    }

    /** Lexes a replacement field opening at {@code open}; returns the index after its '}' (or where it stopped). */
    private int lexField(int open, char quote, boolean triple) {
        out.add(TokenKind.BRACKET, open, open + 1);
        int i = lexCode(open + 1, true, !triple);
        if (i < n && s.charAt(i) == ':') {
            i = lexFormatSpec(i, quote, triple);
        }
        if (i < n && s.charAt(i) == '}') {
            out.add(TokenKind.BRACKET, i, i + 1);
            return i + 1;
        }
        return i;
    }

    /** A format spec ({@code :>{width}.2f}) is literal text with nested fields; ends before '}'. */
    private int lexFormatSpec(int colon, char quote, boolean triple) {
        int segmentStart = colon;
        int i = colon;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}' || c == quote || (!triple && c == '\n')) {
                break;
            }
            if (c == '{') {
                out.add(TokenKind.STRING, segmentStart, i);
                i = lexField(i, quote, triple);
                segmentStart = i;
            } else {
                i++;
            }
        }
        out.add(TokenKind.STRING, segmentStart, i);
        return i;
    }

    private int numberEnd(int from) {
        int i;
        char second = from + 1 < n ? Character.toLowerCase(s.charAt(from + 1)) : '\0';
        if (s.charAt(from) == '0' && (second == 'x' || second == 'o' || second == 'b')) {
            i = Scan.digitsEnd(s, from + 2, true);
        } else {
            i = Scan.decimalEnd(s, from);
            if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
                i++;
            }
        }
        return i;
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || Character.isUnicodeIdentifierStart(c);
    }

    private int identifierEnd(int from) {
        int i = from;
        while (i < n && (s.charAt(i) == '_' || Character.isUnicodeIdentifierPart(s.charAt(i))
                && !Character.isIdentifierIgnorable(s.charAt(i)))) {
            i++;
        }
        return i;
    }
}
