package dev.continuum.editor.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaHighlighterTest {

    private final Highlighter java = Highlighters.forLanguage("java");

    @Test
    void declarationWithKeywordsNumberAndOperator() {
        assertThat(Spans.of(java, "int x = 1_000;")).containsExactly(
                "keyword:int", "plain: x ", "operator:=", "plain: ", "number:1_000", "plain:;");
    }

    @Test
    void annotationsIncludingQualifiedAndInterfaceDeclaration() {
        assertThat(Spans.tokens(java, "@Override @java.lang.Deprecated public @interface A {}")).containsExactly(
                "annotation:@Override", "annotation:@java.lang.Deprecated", "keyword:public",
                "keyword:@interface", "bracket:{}");
    }

    @Test
    void lineAndBlockCommentsIncludingJavadoc() {
        assertThat(Spans.of(java, "a /* b */ c // d\n/** e\n f */")).containsExactly(
                "plain:a ", "comment:/* b */", "plain: c ", "comment:// d", "plain:\n", "comment:/** e\n f */");
    }

    @Test
    void textBlockSpansLinesAndKeepsQuotesAndEscapes() {
        String source = "String s = \"\"\"\n  say \"hi\" \\\"\"\"\n  \"\"\";";
        assertThat(Spans.tokens(java, source)).containsExactly(
                "builtin:String", "operator:=", "string:\"\"\"\n  say \"hi\" \\\"\"\"\n  \"\"\"");
    }

    @Test
    void charLiteralsIncludingEscapedQuote() {
        assertThat(Spans.tokens(java, "char c = '\\''; char d = 'x';")).containsExactly(
                "keyword:char", "operator:=", "string:'\\''", "keyword:char", "operator:=", "string:'x'");
    }

    @Test
    void stringWithEscapedQuoteAndCommentMarkerInside() {
        assertThat(Spans.tokens(java, "f(\"a\\\"//b\") // c")).containsExactly(
                "bracket:(", "string:\"a\\\"//b\"", "bracket:)", "comment:// c");
    }

    @Test
    void unterminatedStringEndsAtItsLine() {
        assertThat(Spans.of(java, "\"abc\nint")).containsExactly("string:\"abc", "plain:\n", "keyword:int");
    }

    @Test
    void numberForms() {
        assertThat(Spans.tokens(java, "0xFF_FFL 0b1010 3.14f 1e-5 .5d 42L")).containsExactly(
                "number:0xFF_FFL", "number:0b1010", "number:3.14f", "number:1e-5", "number:.5d", "number:42L");
    }

    @Test
    void operatorRunsAndLambdasAndMethodReferences() {
        assertThat(Spans.tokens(java, "a -> b::c; x >>>= 2")).containsExactly(
                "operator:->", "operator:::", "operator:>>>=", "number:2");
    }

    @Test
    void divisionFollowedByCommentIsSplit() {
        assertThat(Spans.tokens(java, "a /// b")).containsExactly("comment:/// b");
        assertThat(Spans.tokens(java, "a =// b")).containsExactly("operator:=", "comment:// b");
    }

    @Test
    void identifiersContainingKeywordsArePlain() {
        assertThat(Spans.of(java, "interval classy")).containsExactly("plain:interval classy");
    }

    @Test
    void emptyTextHasOneEmptySpan() {
        assertThat(java.highlight("").length()).isZero();
        assertThat(java.highlight("").getSpanCount()).isEqualTo(1);
    }

    @Test
    void unknownLanguagesAreAllPlain() {
        Highlighter plain = Highlighters.forLanguage("r");
        assertThat(Spans.of(plain, "if (x) 1")).containsExactly("plain:if (x) 1");
        assertThat(Highlighters.forLanguage((String) null).tokenize("x")).isEmpty();
        assertThat(Highlighters.forLanguage(" Java ")).isSameAs(java);
    }
}
