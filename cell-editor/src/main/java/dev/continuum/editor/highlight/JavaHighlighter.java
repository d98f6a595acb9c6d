package dev.continuum.editor.highlight;

import java.util.List;
import java.util.Set;

/**
 * Java (and JShell snippets): comments, text blocks, strings, char literals, annotations, numbers
 * with underscores and suffixes, keywords including the contextual ones people write in cells
 * (var, record, yield, sealed, permits), and the java.lang / java.util types JShell imports.
 */
final class JavaHighlighter implements Highlighter {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits");

    private static final Set<String> BUILTINS = Set.of(
            "String", "Object", "System", "Math", "Integer", "Long", "Double", "Float", "Boolean",
            "Character", "Byte", "Short", "Void", "Number", "StringBuilder", "CharSequence", "Thread",
            "Runnable", "Iterable", "Comparable", "Class", "Enum", "Record", "Throwable", "Exception",
            "RuntimeException", "Error", "IllegalArgumentException", "IllegalStateException",
            "NullPointerException", "UnsupportedOperationException", "IndexOutOfBoundsException",
            "List", "Map", "Set", "ArrayList", "HashMap", "HashSet", "LinkedHashMap", "Optional",
            "Arrays", "Collections", "Objects");

    private static final String OPERATORS = "+-*/%=<>!&|^~?:";
    private static final String BRACKETS = "()[]{}";

    @Override
    public List<Token> tokenize(String s) {
        TokenSink out = new TokenSink();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : '\0';
            int end;
            TokenKind kind;
            if (c == '/' && next == '/') {
                end = Scan.lineEnd(s, i);
                kind = TokenKind.COMMENT;
            } else if (c == '/' && next == '*') {
                int close = s.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
                kind = TokenKind.COMMENT;
            } else if (Scan.startsTriple(s, i, '"')) {
                end = Scan.tripleQuotedEnd(s, i + 3, '"');
                kind = TokenKind.STRING;
            } else if (c == '"' || c == '\'') {
                end = Scan.quotedEnd(s, i + 1, c);
                kind = TokenKind.STRING;
            } else if (c == '@' && Character.isJavaIdentifierStart(next)) {
                end = identifierEnd(s, i + 1);
                if (s.startsWith("interface", i + 1) && end == i + 10) {
                    kind = TokenKind.KEYWORD;
                } else {
                    end = qualifiedNameEnd(s, end);
                    kind = TokenKind.ANNOTATION;
                }
            } else if (Scan.isDigit(c) || (c == '.' && Scan.isDigit(next))) {
                end = numberEnd(s, i);
                kind = TokenKind.NUMBER;
            } else if (Character.isJavaIdentifierStart(c)) {
                end = identifierEnd(s, i);
                String word = s.substring(i, end);
                kind = KEYWORDS.contains(word) ? TokenKind.KEYWORD
                        : BUILTINS.contains(word) ? TokenKind.BUILTIN : TokenKind.PLAIN;
            } else if (BRACKETS.indexOf(c) >= 0) {
                end = i + 1;
                kind = TokenKind.BRACKET;
            } else if (OPERATORS.indexOf(c) >= 0) {
                end = operatorEnd(s, i);
                kind = TokenKind.OPERATOR;
            } else {
                end = i + 1;
                kind = TokenKind.PLAIN;
            }
            if (kind != TokenKind.PLAIN) {
                out.add(kind, i, end);
            }
            i = end;
        }
        return out.tokens();
    }

    private static int identifierEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Extends an annotation name over {@code .part} segments ({@code @java.lang.Override}). */
    private static int qualifiedNameEnd(String s, int from) {
        int i = from;
        while (i + 1 < s.length() && s.charAt(i) == '.' && Character.isJavaIdentifierStart(s.charAt(i + 1))) {
            i = identifierEnd(s, i + 1);
        }
        return i;
    }

    /** Runs of operator characters are one token ({@code ==}, {@code ->}, {@code ::}), but a comment ends the run. */
    private static int operatorEnd(String s, int from) {
        int i = from + 1;
        while (i < s.length() && OPERATORS.indexOf(s.charAt(i)) >= 0
                && !s.startsWith("//", i) && !s.startsWith("/*", i)) {
            i++;
        }
        return i;
    }

    private static int numberEnd(String s, int from) {
        int n = s.length();
        int i;
        char second = from + 1 < n ? s.charAt(from + 1) : '\0';
        if (s.charAt(from) == '0' && (second == 'x' || second == 'X')) {
            i = Scan.digitsEnd(s, from + 2, true);
        } else if (s.charAt(from) == '0' && (second == 'b' || second == 'B')) {
            i = Scan.digitsEnd(s, from + 2, false);
        } else {
            i = Scan.decimalEnd(s, from);
        }
        if (i < n && "lLfFdD".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
