package dev.continuum.editor.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PythonHighlighterTest {

    private final Highlighter python = Highlighters.forLanguage("python");

    @Test
    void functionDefinitionExactSpans() {
        assertThat(Spans.of(python, "def f(x):\n    return len(x) + 1e-5")).containsExactly(
                "keyword:def", "plain: f", "bracket:(", "plain:x", "bracket:)", "plain::\n    ",
                "keyword:return", "plain: ", "builtin:len", "bracket:(", "plain:x", "bracket:)",
                "plain: ", "operator:+", "plain: ", "number:1e-5");
    }

    @Test
    void numbersWithUnderscoresExponentsBasesAndImaginary() {
        assertThat(Spans.tokens(python, "1_000 1e-5 1.5E+3 .5 0x_ff 0o17 0b1 3j 10.")).containsExactly(
                "number:1_000", "number:1e-5", "number:1.5E+3", "number:.5", "number:0x_ff",
                "number:0o17", "number:0b1", "number:3j", "number:10.");
    }

    @Test
    void tripleQuotedStringsSpanLines() {
        assertThat(Spans.of(python, "s = '''a\n'b' # no\n'''\nx")).containsExactly(
                "plain:s ", "operator:=", "plain: ", "string:'''a\n'b' # no\n'''", "plain:\nx");
        assertThat(Spans.tokens(python, "\"\"\"doc \\\"\"\" still\"\"\"")).containsExactly(
                "string:\"\"\"doc \\\"\"\" still\"\"\"");
    }

    @Test
    void prefixedStrings() {
        assertThat(Spans.tokens(python, "r'\\d' b\"x\" Rb'y' u'z'")).containsExactly(
                "string:r'\\d'", "string:b\"x\"", "string:Rb'y'", "string:u'z'");
    }

    @Test
    void fStringFieldsAreCode() {
        assertThat(Spans.of(python, "f\"a {x + 1} {{b}}\"")).containsExactly(
                "string:f\"a ", "bracket:{", "plain:x ", "operator:+", "plain: ", "number:1",
                "bracket:}", "string: {{b}}\"");
    }

    @Test
    void fStringWithNestedQuotesConversionAndFormatSpec() {
        // Adjacent spans of one style merge: the inner and outer closing braces form "}}".
        assertThat(Spans.of(python, "f\"{d[\"k\"]!r:>{w}}\" + 1")).containsExactly(
                "string:f\"", "bracket:{", "plain:d", "bracket:[", "string:\"k\"", "bracket:]",
                "operator:!", "plain:r", "string::>", "bracket:{", "plain:w", "bracket:}}",
                "string:\"", "plain: ", "operator:+", "plain: ", "number:1");
    }

    @Test
    void unterminatedFStringFieldStopsAtLineEnd() {
        assertThat(Spans.tokens(python, "f'{x\nprint(1)")).containsExactly(
                "string:f'", "bracket:{", "builtin:print", "bracket:(", "number:1", "bracket:)");
    }

    @Test
    void commentsAndHashInStrings() {
        assertThat(Spans.of(python, "x = '#' # note")).containsExactly(
                "plain:x ", "operator:=", "plain: ", "string:'#'", "plain: ", "comment:# note");
    }

    @Test
    void decoratorsOnlyAtStatementStartElseMatrixMultiply() {
        assertThat(Spans.tokens(python, "@functools.lru_cache(maxsize=2)\ndef f(): return a @ b")).containsExactly(
                "decorator:@functools.lru_cache", "bracket:(", "operator:=", "number:2", "bracket:)",
                "keyword:def", "bracket:()", "keyword:return", "operator:@");
        assertThat(Spans.tokens(python, "class A:\n    @property\n    def v(self): pass")).containsExactly(
                "keyword:class", "decorator:@property", "keyword:def", "bracket:(", "bracket:)", "keyword:pass");
    }

    @Test
    void keywordsBuiltinsAndAttributes() {
        assertThat(Spans.tokens(python, "if x is None and not y: print(obj.print, True)")).containsExactly(
                "keyword:if", "keyword:is", "keyword:None", "keyword:and", "keyword:not",
                "builtin:print", "bracket:(", "keyword:True", "bracket:)");
    }

    @Test
    void softKeywordsOnlyAsStatements() {
        assertThat(Spans.tokens(python, "match command:\n    case [x, *_]:\n        pass")).contains(
                "keyword:match", "keyword:case");
        assertThat(Spans.tokens(python, "match = re.match(p, s)")).containsExactly(
                "operator:=", "bracket:(", "bracket:)");
    }

    @Test
    void walrusAndArrow() {
        assertThat(Spans.tokens(python, "def f() -> int:\n    if (n := 10) > 5: pass")).containsExactly(
                "keyword:def", "bracket:()", "operator:->", "builtin:int",
                "keyword:if", "bracket:(", "operator::=", "number:10", "bracket:)", "operator:>",
                "number:5", "keyword:pass");
    }

    @Test
    void tokensStaySeparateWhereSpansMerge() {
        assertThat(python.tokenize("f()")).extracting(Token::kind, Token::start, Token::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TokenKind.BRACKET, 1, 2),
                org.assertj.core.groups.Tuple.tuple(TokenKind.BRACKET, 2, 3));
    }

    @Test
    void aliasesSelectPython() {
        assertThat(Highlighters.forLanguage("python3")).isSameAs(python);
        assertThat(Highlighters.forLanguage("IPython")).isSameAs(python);
    }
}
