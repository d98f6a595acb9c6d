package dev.continuum.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.app.environments.EnvironmentChoices;
import dev.continuum.app.notebook.NotebookViewModel;
import dev.continuum.app.workspace.RecentFiles;
import dev.continuum.app.workspace.WorkspaceViewModel;
import dev.continuum.env.Registry;
import dev.continuum.ipynb.NbformatOracle;
import dev.continuum.ipynb.NotebookReader;
import dev.continuum.ipynb.NotebookWriter;
import dev.continuum.ipynb.TrustStore;
import dev.continuum.notebook.Edits;
import dev.continuum.notebook.Notebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The per-cell and default environment choosers in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class EnvironmentChooserTest {

    @TempDir
    static Path dir;
    WorkspaceViewModel workspace;

    @Start
    void start(Stage stage) throws Exception {
        Path registry = dir.resolve("registry-" + System.nanoTime());
        Files.createDirectories(registry.resolve("templates"));
        Files.createDirectories(registry.resolve("environments"));
        Files.writeString(registry.resolve("templates/box.json"), """
                {"name": "box", "version": 1, "kind": "ssh", "owner": "tester",
                 "parameters": [{"name": "host", "type": "string", "required": true}]}""");
        Files.writeString(registry.resolve("environments/lab.json"), """
                {"name": "lab", "template": "box", "template_version": 1, "owner": "tester",
                 "parameters": {"host": "lab.example.org"}}""");
        workspace = new WorkspaceViewModel(BackgroundTasks.forJavaFx(), new TrustStore(dir.resolve("trust")),
                new RecentFiles(dir.resolve("recent.json")));
        new MainWindow(workspace, stage, url -> { }, () -> {
            Registry loaded = Registry.load(registry, List.of());
            return new EnvironmentChoices.Snapshot(loaded, loaded.groups().identify("tester"));
        }).show();
    }

    private NotebookViewModel openWithDefault(FxRobot robot, String defaultEnvironment) throws Exception {
        Path file = dir.resolve(System.nanoTime() + "-envs.ipynb");
        Notebook notebook = NotebookReader.read(Files.readAllBytes(NbformatOracle.corpusDir().resolve("test4.5.ipynb"))).notebook();
        notebook.apply(Edits.setDefaultEnvironment(notebook, defaultEnvironment));
        Files.write(file, NotebookWriter.toBytes(notebook));
        robot.interact(() -> workspace.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.selectedProperty().get() != null
                && workspace.selectedProperty().get().document().path().orElseThrow().equals(file));
        WaitForAsyncUtils.waitForFxEvents();
        return workspace.selectedProperty().get();
    }

    private static String statusEnvironment(FxRobot robot) {
        return robot.lookup(".status-environment").queryAs(Label.class).getText();
    }

    private static void pick(FxRobot robot, ComboBox<?> combo, String label) {
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        Node item = robot.lookup((Node n) -> n instanceof ListCell<?> cell && label.equals(cell.getText())
                && n.getScene() != combo.getScene()).query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anUnknownDefaultIsMarkedAndReportedAndTheNotebookKeepsIt(FxRobot robot) throws Exception {
        NotebookViewModel notebook = openWithDefault(robot, "gpu-cluster");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> notebook.messageProperty().get().equals("unknown environment gpu-cluster (known: lab)"));
        ComboBox<?> defaults = robot.lookup(".default-environment").queryAs(ComboBox.class);
        assertThat(defaults.getValue()).hasToString("gpu-cluster (unknown here)");
        assertThat(statusEnvironment(robot)).isEqualTo("Environment: gpu-cluster (unknown here)");
        assertThat(notebook.notebook().defaultEnvironment()).contains("gpu-cluster");
        assertThat(notebook.dirtyProperty().get()).isFalse();
    }

    @Test
    void choosingACellsEnvironmentIsAnEditCtrlZUndoes(FxRobot robot) throws Exception {
        NotebookViewModel notebook = openWithDefault(robot, "lab");
        int code = firstCodeCell(notebook);
        robot.interact(() -> notebook.select(code));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> statusEnvironment(robot).equals("Environment: lab"));
        ListCell<?> cell = robot.lookup((Node n) -> n instanceof ListCell<?> c && c.getIndex() == code
                && c.getListView() != null && c.getListView().getStyleClass().contains("notebook") && c.isVisible()).query();
        ComboBox<?> chooser = (ComboBox<?>) cell.lookup(".cell-environment");
        assertThat(chooser.getValue()).hasToString("default (lab)");

        pick(robot, chooser, "local");
        assertThat(notebook.notebook().cell(code).environment()).contains("local");
        assertThat(statusEnvironment(robot)).isEqualTo("Environment: local");
        assertThat(notebook.dirtyProperty().get()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notebook.notebook().cell(code).environment()).isEmpty();
        assertThat(statusEnvironment(robot)).isEqualTo("Environment: lab");
    }

    private static int firstCodeCell(NotebookViewModel notebook) {
        for (int i = 0; i < notebook.cells().size(); i++) {
            if (notebook.cells().get(i).state().type() == dev.continuum.notebook.CellType.CODE) {
                return i;
            }
        }
        throw new AssertionError("no code cell");
    }

    @Test
    void theToolbarChoosesTheNotebookDefault(FxRobot robot) throws Exception {
        NotebookViewModel notebook = openWithDefault(robot, "lab");
        ComboBox<?> defaults = robot.lookup(".default-environment").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> defaults.getItems().size() == 2);
        pick(robot, defaults, "local");
        assertThat(notebook.notebook().defaultEnvironment()).isEmpty();
        robot.interact(() -> notebook.undo());
        assertThat(notebook.notebook().defaultEnvironment()).contains("lab");
        assertThat(defaults.getValue()).hasToString("lab");
    }
}
