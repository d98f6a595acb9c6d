package dev.continuum.editor.highlight;

/** Chooses the highlighter for a notebook or code-fence language name. */
public final class Highlighters {

    private static final Highlighter JAVA = new JavaHighlighter();
    private static final Highlighter PYTHON = new PythonHighlighter();

    private Highlighters() {
    }

    /** The highlighter for {@code language} ("java", "python", ...); anything else gets plain text. */
    public static Highlighter forLanguage(String language) {
        return forLanguage(Language.of(language));
    }

    public static Highlighter forLanguage(Language language) {
        return switch (language) {
            case JAVA -> JAVA;
            case PYTHON -> PYTHON;
            case OTHER -> PlainHighlighter.INSTANCE;
        };
    }
}
