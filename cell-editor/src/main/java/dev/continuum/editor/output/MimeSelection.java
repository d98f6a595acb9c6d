package dev.continuum.editor.output;

import dev.continuum.notebook.MimeBundle;
import java.util.List;
import java.util.Optional;

/**
 * Which MIME type of a bundle to show: the richest one we can render, in JupyterLab's order of
 * preference. HTML and SVG can carry scripts, so they count only in trusted notebooks; an
 * untrusted notebook falls back to the next type, as JupyterLab does for unsafe renderers.
 */
public final class MimeSelection {

    /** Every type we render, richest first. */
    public static final List<String> ORDER = List.of(
            "text/html", "image/svg+xml", "image/png", "image/jpeg", "image/gif", "text/markdown",
            "text/latex", "application/json", "text/plain");

    private MimeSelection() {
    }

    public static Optional<String> choose(MimeBundle bundle, boolean trusted) {
        for (String mimeType : ORDER) {
            if (!trusted && requiresTrust(mimeType)) {
                continue;
            }
            boolean present = mimeType.equals("application/json")
                    ? bundle.get(mimeType).isPresent()
                    : bundle.text(mimeType).isPresent();
            if (present) {
                return Optional.of(mimeType);
            }
        }
        return Optional.empty();
    }

    /** Types that may run scripts when shown, so they need a trusted notebook. */
    public static boolean requiresTrust(String mimeType) {
        return mimeType.equals("text/html") || mimeType.equals("image/svg+xml");
    }
}
