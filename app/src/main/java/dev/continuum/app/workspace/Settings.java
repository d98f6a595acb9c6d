package dev.continuum.app.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.ipynb.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The user's choices that outlive the window ({@code $XDG_CONFIG_HOME/continuum/settings.json}):
 * for now the theme. Unknown keys in the file are kept when it is written back.
 */
public final class Settings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path store;
    private final ObjectNode values;

    private Settings(Path store, ObjectNode values) {
        this.store = store;
        this.values = values;
    }

    /** {@code $XDG_CONFIG_HOME/continuum/settings.json}, else {@code ~/.config/continuum/settings.json}. */
    public static Path userFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("continuum").resolve("settings.json");
    }

    /** The settings in {@code store}; a missing or damaged file gives the defaults (it is rewritten on the next change). */
    public static Settings load(Path store) {
        try {
            JsonNode read = Files.isRegularFile(store) ? JSON.readTree(store.toFile()) : null;
            return new Settings(store, read instanceof ObjectNode object ? object : JSON.createObjectNode());
        } catch (IOException e) {
            return new Settings(store, JSON.createObjectNode());
        }
    }

    public synchronized boolean darkTheme() {
        return "dark".equals(values.path("theme").asText("light"));
    }

    /** Records the theme; call {@link #save} (in the background) to keep it. */
    public synchronized void setDarkTheme(boolean dark) {
        values.put("theme", dark ? "dark" : "light");
    }

    public synchronized void save() throws IOException {
        Files.createDirectories(store.getParent());
        AtomicFiles.write(store, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(values));
    }
}
