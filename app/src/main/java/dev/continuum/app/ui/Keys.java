package dev.continuum.app.ui;

import dev.continuum.app.notebook.KeyStroke;
import javafx.scene.input.KeyEvent;

/** JavaFX key events as the keymap's key strokes. */
final class Keys {

    private Keys() {
    }

    static KeyStroke of(KeyEvent event) {
        return new KeyStroke(event.getCode().getName(), event.isShiftDown(), event.isShortcutDown(), event.isAltDown());
    }
}
