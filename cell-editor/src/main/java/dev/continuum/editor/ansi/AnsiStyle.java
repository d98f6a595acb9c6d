package dev.continuum.editor.ansi;

/**
 * The graphic rendition in force for a run of text. Colours are null for the default colour.
 * {@code inverse} (SGR 7) is kept rather than applied, because swapping a default colour needs the
 * theme's colours, which only the renderer knows.
 */
public record AnsiStyle(
        AnsiColor foreground, AnsiColor background, boolean bold, boolean italic, boolean underline, boolean inverse) {

    public static final AnsiStyle DEFAULT = new AnsiStyle(null, null, false, false, false, false);

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    AnsiStyle withForeground(AnsiColor color) {
        return new AnsiStyle(color, background, bold, italic, underline, inverse);
    }

    AnsiStyle withBackground(AnsiColor color) {
        return new AnsiStyle(foreground, color, bold, italic, underline, inverse);
    }

    AnsiStyle withBold(boolean on) {
        return new AnsiStyle(foreground, background, on, italic, underline, inverse);
    }

    AnsiStyle withItalic(boolean on) {
        return new AnsiStyle(foreground, background, bold, on, underline, inverse);
    }

    AnsiStyle withUnderline(boolean on) {
        return new AnsiStyle(foreground, background, bold, italic, on, inverse);
    }

    AnsiStyle withInverse(boolean on) {
        return new AnsiStyle(foreground, background, bold, italic, underline, on);
    }
}
