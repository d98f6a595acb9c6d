package dev.continuum.app.ui;

import atlantafx.base.theme.PrimerLight;
import dev.continuum.app.workspace.RecentFiles;
import dev.continuum.app.workspace.WorkspaceViewModel;
import dev.continuum.ipynb.TrustStore;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: one window, the notebooks given on the command line or the welcome notebook. */
public final class ContinuumApp extends Application {

    private WorkspaceViewModel workspace;
    private dev.continuum.app.workspace.Settings settings;

    /** Runs before the window exists, off the JavaFX thread: the settings file is read here. */
    @Override
    public void init() {
        settings = dev.continuum.app.workspace.Settings.load(dev.continuum.app.workspace.Settings.userFile());
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.shutdown();
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workspace = new WorkspaceViewModel(BackgroundTasks.forJavaFx(), TrustStore.forUser(), RecentFiles.forUser());
        MainWindow window = new MainWindow(workspace, stage, url -> getHostServices().showDocument(url));
        window.useSettings(settings);
        // Opened before the window shows: a notebook read while JavaFX started is then part of the
        // window's first layout instead of waiting for a second one.
        getParameters().getRaw().stream().map(Path::of).forEach(workspace::open);
        window.show();
    }

    /** Starts the window on {@code files} (none: the welcome notebook); returns when it is closed. */
    public static void launchWindow(List<Path> files) {
        List<Path> opening = files.isEmpty() ? WelcomeNotebook.path().map(List::of).orElse(List.of()) : files;
        opening.forEach(dev.continuum.app.workspace.NotebookPrefetch::start);
        Application.launch(ContinuumApp.class, opening.stream().map(Path::toString).toArray(String[]::new));
    }
}
