package dev.continuum.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.app.notebook.Mode;
import dev.continuum.app.notebook.NotebookViewModel;
import dev.continuum.app.notebook.SaveState;
import dev.continuum.app.workspace.RecentFiles;
import dev.continuum.app.workspace.WorkspaceViewModel;
import dev.continuum.ipynb.NbformatOracle;
import dev.continuum.ipynb.NotebookReader;
import dev.continuum.ipynb.NotebookWriter;
import dev.continuum.ipynb.TrustStore;
import dev.continuum.notebook.CellType;
import dev.continuum.notebook.Edits;
import dev.continuum.notebook.Notebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, driven headless (Monocle) with the keyboard as a user drives it. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;
    WorkspaceViewModel workspace;

    @Start
    void start(Stage stage) {
        workspace = new WorkspaceViewModel(BackgroundTasks.forJavaFx(), new TrustStore(dir.resolve("trust")),
                new RecentFiles(dir.resolve("recent.json")));
        new MainWindow(workspace, stage, url -> { }).show();
    }

    private NotebookViewModel open(FxRobot robot, String corpusFile) throws Exception {
        Path file = dir.resolve(System.nanoTime() + "-" + corpusFile);
        Files.copy(NbformatOracle.corpusDir().resolve(corpusFile), file);
        robot.interact(() -> workspace.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.selectedProperty().get() != null
                && workspace.selectedProperty().get().document().path().orElseThrow().equals(file));
        WaitForAsyncUtils.waitForFxEvents();
        return workspace.selectedProperty().get();
    }

    /** Keys go to the notebook list, in command mode, as after a click beside the cells. */
    private static void focusNotebook(FxRobot robot) {
        ListView<?> list = robot.lookup(".notebook").queryAs(ListView.class);
        robot.interact(list::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openEditUndoAndSaveGiveExactlyTheExpectedBytes(FxRobot robot) throws Exception {
        NotebookViewModel notebook = open(robot, "test4.5.ipynb");
        Path file = notebook.document().path().orElseThrow();
        Notebook expected = NotebookReader.read(Files.readAllBytes(file)).notebook();

        focusNotebook(robot);
        robot.interact(() -> notebook.select(0));
        robot.type(KeyCode.B);                       // a new code cell below the first
        robot.type(KeyCode.ENTER);                   // edit it
        assertThat(notebook.modeProperty().get()).isEqualTo(Mode.EDIT);
        robot.write("total = 40 + 2");
        robot.type(KeyCode.ESCAPE);                  // back to command mode: one undoable edit
        robot.type(KeyCode.M);                       // make it markdown
        robot.type(KeyCode.Z);                       // undo: code again
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notebook.saveStateProperty().get() == SaveState.SAVED);

        expected.apply(Edits.insert(expected, 1, java.util.List.of(notebook.notebook().cell(1).state().withSource(""))));
        expected.apply(Edits.editSource(expected, expected.cell(1), "total = 40 + 2"));
        assertThat(notebook.notebook().cell(1).type()).isEqualTo(CellType.CODE);
        assertThat(Files.readAllBytes(file)).isEqualTo(NotebookWriter.toBytes(expected));
    }

    @Test
    void theTabAndWindowTitlesShowTheFileAndTheDirtyMarker(FxRobot robot) throws Exception {
        NotebookViewModel notebook = open(robot, "test4.ipynb");
        Stage stage = (Stage) robot.window(0);
        assertThat(stage.getTitle()).endsWith(" — Continuum").contains("test4.ipynb");
        focusNotebook(robot);
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).contains("•");
        assertThat(notebook.dirtyProperty().get()).isTrue();
    }

    @Test
    void onlyVisibleCellsAreBuilt(FxRobot robot) throws Exception {
        NotebookViewModel notebook = open(robot, "test4.5.ipynb");
        robot.interact(() -> {
            for (int i = 0; i < 300; i++) {
                notebook.insertCell(true, CellType.CODE);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup(".notebook").queryAs(ListView.class);
        int built = list.lookupAll(".cell-body").size();
        assertThat(built).isPositive().isLessThan(100);
    }

    /** An unreadable notebook opens no tab: a dialog names the file and the field, and nothing is written. */
    @Test
    void aBrokenNotebookShowsAnErrorDialogNamingFileAndField(FxRobot robot) throws Exception {
        Path file = dir.resolve("broken-" + System.nanoTime() + ".ipynb");
        Files.writeString(file, "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": \"not a list\"}");
        byte[] before = Files.readAllBytes(file);
        int tabs = workspace.notebooks().size();
        robot.interact(() -> workspace.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getContentText()).contains(file.toString()).contains("$.cells");
        assertThat(workspace.notebooks()).hasSize(tabs);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    /** A notebook Jupyter tolerates opens, and a warning names the problem's cell and field. */
    @Test
    void aToleratedInvalidNotebookOpensWithAWarning(FxRobot robot) throws Exception {
        NotebookViewModel notebook = open(robot, "invalid_unique_cell_id.ipynb");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getContentText()).contains("invalid_unique_cell_id.ipynb").contains("$.cells[1].id");
        assertThat(notebook.cells()).isNotEmpty();
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }
}
