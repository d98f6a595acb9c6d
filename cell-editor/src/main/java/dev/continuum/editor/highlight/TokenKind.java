package dev.continuum.editor.highlight;

import java.util.Collection;
import java.util.List;

/**
 * What a run of source text is, named by the CSS style class that colours it. The classes are the
 * same in the code editor and in highlighted markdown code blocks, so one stylesheet rule serves both.
 */
public enum TokenKind {
    KEYWORD("keyword"),
    STRING("string"),
    COMMENT("comment"),
    NUMBER("number"),
    /** A Java annotation ({@code @Override}). */
    ANNOTATION("annotation"),
    /** A Python decorator ({@code @property}). */
    DECORATOR("decorator"),
    BUILTIN("builtin"),
    OPERATOR("operator"),
    BRACKET("bracket"),
    PLAIN("plain");

    private final String styleClass;
    // One shared immutable collection per kind: spans for a long cell reuse them instead of allocating.
    private final Collection<String> styles;

    TokenKind(String styleClass) {
        this.styleClass = styleClass;
        this.styles = List.of(styleClass);
    }

    public String styleClass() {
        return styleClass;
    }

    /** The style of this kind as RichTextFX style-class collections expect it. */
    public Collection<String> styles() {
        return styles;
    }
}
