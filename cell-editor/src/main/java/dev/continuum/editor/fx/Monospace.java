package dev.continuum.editor.fx;

import java.util.List;
import javafx.scene.text.Font;

/**
 * The monospace family for code and outputs. JavaFX CSS takes one family name, not a fallback
 * list, so the best installed one is chosen once here, in the order JupyterLab's font stack and the
 * usual platform fonts suggest; "Monospaced" (the JDK's logical font) is always there.
 */
public final class Monospace {

    private static final List<String> PREFERRED = List.of(
            "JetBrains Mono", "Cascadia Mono", "Cascadia Code", "SF Mono", "Menlo", "Consolas",
            "DejaVu Sans Mono", "Liberation Mono", "Ubuntu Mono", "Noto Sans Mono");

    private Monospace() {
    }

    public static String family() {
        return Holder.FAMILY;
    }

    /** An inline style setting the family, for a view's root node (children inherit it). */
    public static String style() {
        return "-fx-font-family: \"" + family() + "\";";
    }

    private static final class Holder {
        static final String FAMILY = choose();

        private static String choose() {
            List<String> installed = Font.getFamilies();
            return PREFERRED.stream().filter(installed::contains).findFirst().orElse("Monospaced");
        }
    }
}
