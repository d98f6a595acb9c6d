package dev.continuum.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.app.ui.BackgroundTasks;
import dev.continuum.ipynb.NbformatOracle;
import dev.continuum.ipynb.NotebookValidator;
import dev.continuum.ipynb.TrustStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceViewModelTest {

    @TempDir
    Path dir;
    WorkspaceViewModel workspace;
    List<Notice> notices = new ArrayList<>();

    @BeforeEach
    void setUp() {
        workspace = new WorkspaceViewModel(BackgroundTasks.direct(), new TrustStore(dir.resolve("trust")),
                new RecentFiles(dir.resolve("config/recent.json")));
        workspace.noticeProperty().addListener((obs, old, now) -> notices.add(now));
    }

    /** Every corpus notebook opens or is refused with a notice naming the file and field; none is written. */
    @Test
    void everyCorpusNotebookOpensOrExplainsWhyNotAndNothingIsWritten() throws Exception {
        for (Path original : NbformatOracle.notebooksIn(NbformatOracle.corpusDir())) {
            Path file = dir.resolve(original.getFileName());
            Files.copy(original, file);
            byte[] bytes = Files.readAllBytes(file);
            notices.clear();
            int tabs = workspace.notebooks().size();
            workspace.open(file);
            boolean valid = NotebookValidator.validate(bytes).isEmpty();
            if (workspace.notebooks().size() == tabs) {
                assertThat(notices).as(file.toString()).singleElement().satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(Notice.Kind.ERROR);
                    assertThat(n.text()).contains(file.toString()).contains("$");
                });
            } else if (!valid) {
                assertThat(notices).as(file.toString()).anySatisfy(n -> {
                    assertThat(n.text()).contains(file.toString()).contains("$.");
                });
            }
            assertThat(Files.readAllBytes(file)).as(file + " unchanged").isEqualTo(bytes);
        }
        assertThat(workspace.notebooks()).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void openingAnOpenFileSelectsItsTab() throws Exception {
        Path file = dir.resolve("a.ipynb");
        Files.copy(NbformatOracle.corpusDir().resolve("test4.ipynb"), file);
        workspace.open(file);
        workspace.newNotebook();
        assertThat(workspace.notebooks()).hasSize(2);
        workspace.open(file);
        assertThat(workspace.notebooks()).hasSize(2);
        assertThat(workspace.selectedProperty().get().fileName()).isEqualTo("a.ipynb");
        assertThat(workspace.windowTitleProperty().get()).isEqualTo("a.ipynb — Continuum");
    }

    @Test
    void recentFilesAreRememberedNewestFirst() throws Exception {
        Path a = dir.resolve("a.ipynb");
        Path b = dir.resolve("b.ipynb");
        Files.copy(NbformatOracle.corpusDir().resolve("test4.ipynb"), a);
        Files.copy(NbformatOracle.corpusDir().resolve("test4.5.ipynb"), b);
        workspace.open(a);
        workspace.open(b);
        assertThat(workspace.recentFiles()).containsExactly(b, a);
        assertThat(new RecentFiles(dir.resolve("config/recent.json")).load()).containsExactly(b, a);
    }

    @Test
    void closingAskedFirstOnlyWhenThereIsUnsavedWork() throws Exception {
        Path file = dir.resolve("a.ipynb");
        Files.copy(NbformatOracle.corpusDir().resolve("test4.ipynb"), file);
        workspace.open(file);
        var notebook = workspace.selectedProperty().get();
        assertThat(workspace.needsConfirmationToClose(notebook)).isFalse();
        notebook.insertCell(true, dev.continuum.notebook.CellType.MARKDOWN);
        assertThat(workspace.needsConfirmationToClose(notebook)).isTrue();
        assertThat(workspace.unsaved()).containsExactly(notebook);
        workspace.close(notebook);
        assertThat(workspace.notebooks()).isEmpty();
        assertThat(workspace.windowTitleProperty().get()).isEqualTo("Continuum");
    }

    @Test
    void aMissingFileGivesAnErrorNotice() {
        workspace.open(dir.resolve("nope.ipynb"));
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.text()).contains("nope.ipynb").contains("no such file"));
    }
}
