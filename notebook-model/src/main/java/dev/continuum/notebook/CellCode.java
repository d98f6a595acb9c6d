package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;
import java.util.Locale;

/**
 * What a code cell runs and in which language. One notebook holds Python and Java cells: a cell's
 * first line {@code %%java} or {@code %%python} (a cell magic, so plain Jupyter shows it too),
 * else its {@code metadata.continuum.language}, else the notebook's language (its kernelspec's, or
 * {@code language_info.name}), else Python. The magic line is not part of the code that runs.
 */
public record CellCode(String language, String code) {

    public static final String PYTHON = "python";
    public static final String JAVA = "java";

    /** The notebook's own language, from its metadata. */
    public static String notebookLanguage(JsonObject notebookMetadata) {
        return notebookMetadata.findObject("kernelspec").flatMap(k -> k.findString("language"))
                .or(() -> notebookMetadata.findObject("language_info").flatMap(l -> l.findString("name")))
                .map(name -> name.toLowerCase(Locale.ROOT))
                .orElse(PYTHON);
    }

    public static CellCode of(CellState cell, String notebookLanguage) {
        String source = cell.source();
        int lineEnd = source.indexOf('\n');
        String firstLine = (lineEnd < 0 ? source : source.substring(0, lineEnd)).strip();
        if (firstLine.startsWith("%%")) {
            String magic = firstLine.substring(2).strip().toLowerCase(Locale.ROOT);
            if (magic.equals(JAVA) || magic.equals(PYTHON)) {
                return new CellCode(magic, lineEnd < 0 ? "" : source.substring(lineEnd + 1));
            }
        }
        String language = cell.metadata().findObject("continuum").flatMap(c -> c.findString("language"))
                .map(name -> name.toLowerCase(Locale.ROOT)).orElse(notebookLanguage);
        return new CellCode(language, source);
    }
}
