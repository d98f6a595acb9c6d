package dev.continuum.editor.ansi;

import java.util.Locale;

/**
 * The inline JavaFX CSS for a style. The 16 named colours are looked-up colours
 * ({@code -ansi-red}, {@code -ansi-red-intense}, ...) defined in {@code editor.css}, so a theme can
 * change them; the other 240 indexed colours and 24-bit colours are literal, as in JupyterLab.
 */
public final class AnsiCss {

    private static final String[] NAMES = {"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"};

    /** What an inverse run's text and background become when their colour is the default. */
    private static final String DEFAULT_FOREGROUND = "-color-fg-default";
    private static final String DEFAULT_BACKGROUND = "-color-bg-default";

    private AnsiCss() {
    }

    /**
     * Inline CSS for the text of a run: fill, weight, posture, underline. Empty for the default
     * style, so the stylesheet's colours apply. The background is separate ({@link #background}):
     * JavaFX text cannot paint one, so the renderer puts a box behind such runs.
     */
    public static String text(AnsiStyle style) {
        if (style.isDefault()) {
            return "";
        }
        String fill = fill(style);
        StringBuilder css = new StringBuilder();
        if (fill != null) {
            css.append("-fx-fill: ").append(fill).append(';');
        }
        if (style.bold()) {
            css.append("-fx-font-weight: bold;");
        }
        if (style.italic()) {
            css.append("-fx-font-style: italic;");
        }
        if (style.underline()) {
            css.append("-fx-underline: true;");
        }
        return css.toString();
    }

    /** The CSS colour of a run's text after bold-intensity and inverse, or null for the theme's. */
    public static String fill(AnsiStyle style) {
        if (style.inverse()) {
            return style.background() == null ? DEFAULT_BACKGROUND : css(style.background());
        }
        return style.foreground() == null ? null : css(effectiveForeground(style));
    }

    /** The CSS colour behind a run after inverse, or null for none. */
    public static String background(AnsiStyle style) {
        if (style.inverse()) {
            return style.foreground() == null ? DEFAULT_FOREGROUND : css(effectiveForeground(style));
        }
        return style.background() == null ? null : css(style.background());
    }

    /** Bold text uses the intense variant of the eight basic colours, as JupyterLab does. */
    private static AnsiColor effectiveForeground(AnsiStyle style) {
        AnsiColor foreground = style.foreground();
        if (style.bold() && foreground instanceof AnsiColor.Indexed indexed && indexed.index() < 8) {
            return AnsiColor.indexed(indexed.index() + 8);
        }
        return foreground;
    }

    /** The CSS value for {@code color}: a looked-up name for the 16 named colours, else {@code #rrggbb}. */
    public static String css(AnsiColor color) {
        if (color instanceof AnsiColor.Indexed indexed && indexed.isNamed()) {
            int index = indexed.index();
            return "-ansi-" + NAMES[index % 8] + (index >= 8 ? "-intense" : "");
        }
        return String.format(Locale.ROOT, "#%06x", color.rgb());
    }
}
