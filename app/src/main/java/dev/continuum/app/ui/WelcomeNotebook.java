package dev.continuum.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The notebook shown on a start without files. It ships inside the app and is copied once to the
 * user's data folder, so the user can run and edit it without touching the installation.
 */
final class WelcomeNotebook {

    private static final String RESOURCE = "/dev/continuum/app/welcome.ipynb";

    private WelcomeNotebook() {
    }

    static Optional<Path> path() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        Path copy = base.resolve("continuum").resolve("welcome.ipynb");
        if (Files.exists(copy)) {
            return Optional.of(copy);
        }
        try (InputStream in = WelcomeNotebook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Files.createDirectories(copy.getParent());
            Files.write(copy, in.readAllBytes());
            return Optional.of(copy);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
