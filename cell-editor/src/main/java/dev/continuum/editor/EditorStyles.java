package dev.continuum.editor;

import java.net.URL;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The stylesheet of the editor, markdown and output views. Its colours are AtlantaFX's looked-up
 * colours, so light and dark themes both work. A scene without an AtlantaFX theme (plain Modena,
 * tests) has none of them; {@link #install} then also turns on the fallback colours defined at the
 * top of the stylesheet.
 */
public final class EditorStyles {

    /** Resource path of the stylesheet. */
    public static final String RESOURCE = "/dev/continuum/editor/editor.css";

    /** Style class that switches on the stylesheet's fallback colours for the node's subtree. */
    public static final String FALLBACK_COLORS = "ce-fallback-colors";

    private EditorStyles() {
    }

    /** The stylesheet's URL, for {@code getStylesheets().add(...)}. */
    public static String stylesheet() {
        URL url = Objects.requireNonNull(EditorStyles.class.getResource(RESOURCE), RESOURCE);
        return url.toExternalForm();
    }

    /**
     * Adds the stylesheet to {@code scene}. When the application has no user-agent stylesheet of its
     * own (so no AtlantaFX theme defines {@code -color-*}), the scene's root also gets the fallback
     * colours.
     */
    public static void install(Scene scene) {
        if (!scene.getStylesheets().contains(stylesheet())) {
            scene.getStylesheets().add(stylesheet());
        }
        Parent root = scene.getRoot();
        if (root != null && Application.getUserAgentStylesheet() == null && scene.getUserAgentStylesheet() == null
                && !root.getStyleClass().contains(FALLBACK_COLORS)) {
            root.getStyleClass().add(FALLBACK_COLORS);
        }
    }
}
