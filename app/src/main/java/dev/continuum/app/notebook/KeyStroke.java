package dev.continuum.app.notebook;

import java.util.Locale;

/**
 * A key press as the keymap sees it, free of JavaFX so the keymap is tested without a display.
 *
 * @param key the key's name as JavaFX's {@code KeyCode.getName()} gives it ("A", "Enter", "Up", "Minus")
 */
public record KeyStroke(String key, boolean shift, boolean shortcut, boolean alt) {

    public static KeyStroke of(String key) {
        return new KeyStroke(key, false, false, false);
    }

    public static KeyStroke shift(String key) {
        return new KeyStroke(key, true, false, false);
    }

    public static KeyStroke shortcut(String key) {
        return new KeyStroke(key, false, true, false);
    }

    public static KeyStroke alt(String key) {
        return new KeyStroke(key, false, false, true);
    }

    public KeyStroke withShift() {
        return new KeyStroke(key, true, shortcut, alt);
    }

    @Override
    public String toString() {
        return (shortcut ? "Ctrl-" : "") + (alt ? "Alt-" : "") + (shift ? "Shift-" : "") + key.toUpperCase(Locale.ROOT);
    }
}
