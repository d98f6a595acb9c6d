package dev.continuum.editor.highlight;

import java.util.Locale;

/** The languages the editor knows, from the names notebooks and code fences use for them. */
public enum Language {
    JAVA, PYTHON, OTHER;

    /**
     * The language a notebook (kernelspec / language_info name) or a markdown fence's info string
     * names: "java" (and JShell), "python" with its usual aliases; anything else, including null,
     * is {@link #OTHER}.
     */
    public static Language of(String name) {
        if (name == null) {
            return OTHER;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "java", "jshell" -> JAVA;
            case "python", "python3", "py", "ipython", "ipython3" -> PYTHON;
            default -> OTHER;
        };
    }
}
