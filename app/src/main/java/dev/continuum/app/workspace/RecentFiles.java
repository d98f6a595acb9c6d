package dev.continuum.app.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.continuum.ipynb.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The notebooks opened lately, newest first, kept in the user's config folder. */
public final class RecentFiles {

    static final int LIMIT = 12;

    /** Made on first use, off the UI thread: creating a mapper loads much of Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    /** {@code $XDG_CONFIG_HOME/continuum/recent.json}, else {@code ~/.config/continuum/recent.json}. */
    public static RecentFiles forUser() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new RecentFiles(base.resolve("continuum").resolve("recent.json"));
    }

    public List<Path> load() {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        try {
            String[] paths = Json.MAPPER.readValue(store.toFile(), String[].class);
            return java.util.Arrays.stream(paths).map(Path::of).toList();
        } catch (IOException e) {
            return List.of(); // a damaged list is not worth an error: it refills as files are opened
        }
    }

    /** Puts {@code file} first and returns the new list. */
    public List<Path> add(Path file) throws IOException {
        List<Path> paths = new ArrayList<>(load());
        Path absolute = file.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.add(0, absolute);
        while (paths.size() > LIMIT) {
            paths.remove(paths.size() - 1);
        }
        Files.createDirectories(store.getParent());
        AtomicFiles.write(store, Json.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(paths.stream().map(Path::toString).toList()));
        return paths;
    }
}
