package dev.continuum.app.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.app.environments.EnvironmentChoices;
import dev.continuum.app.environments.EnvironmentChoicesAccess;
import dev.continuum.app.ui.BackgroundTasks;
import dev.continuum.ipynb.NbformatOracle;
import dev.continuum.ipynb.NotebookDocument;
import dev.continuum.notebook.Edits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing environments per cell and for the notebook, without a display. */
class NotebookEnvironmentTest {

    @TempDir
    Path dir;
    NotebookViewModel vm;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("test4.5.ipynb");
        Files.copy(NbformatOracle.corpusDir().resolve("test4.5.ipynb"), file);
        vm = new NotebookViewModel(NotebookDocument.open(file), false, BackgroundTasks.direct());
    }

    @Test
    void aCellRunsLocallyUntilANotebookDefaultOrItsOwnEnvironmentIsChosen() {
        assertThat(vm.activeEnvironmentProperty().get()).isEqualTo("local");
        vm.setDefaultEnvironment("gpu");
        assertThat(vm.defaultEnvironmentProperty().get()).isEqualTo("gpu");
        assertThat(vm.activeEnvironmentProperty().get()).isEqualTo("gpu");
        vm.setEnvironment("cluster");
        assertThat(vm.notebook().cell(0).environment()).contains("cluster");
        assertThat(vm.activeEnvironmentProperty().get()).isEqualTo("cluster");
        vm.select(1);
        assertThat(vm.activeEnvironmentProperty().get()).isEqualTo("gpu");
    }

    @Test
    void undoTakesBackEachChoiceInTurn() {
        vm.setDefaultEnvironment("gpu");
        vm.setEnvironment("cluster");
        vm.undo();
        assertThat(vm.notebook().cell(0).environment()).isEmpty();
        assertThat(vm.activeEnvironmentProperty().get()).isEqualTo("gpu");
        vm.undo();
        assertThat(vm.notebook().defaultEnvironment()).isEmpty();
        assertThat(vm.activeEnvironmentProperty().get()).isEqualTo("local");
        vm.redo();
        assertThat(vm.defaultEnvironmentProperty().get()).isEqualTo("gpu");
    }

    @Test
    void theChoiceAppliesToEverySelectedCellAndNullReturnsThemToTheDefault() {
        vm.select(0);
        vm.extendSelectionTo(1);
        vm.setEnvironment("cluster");
        assertThat(vm.notebook().cell(0).environment()).contains("cluster");
        assertThat(vm.notebook().cell(1).environment()).contains("cluster");
        vm.setEnvironment(null);
        assertThat(vm.notebook().cell(0).environment()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void choosingWhatIsAlreadyThereRecordsNoEdit() {
        vm.setDefaultEnvironment(null);
        vm.setEnvironment(null);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void anUnknownNameIsReportedAndTheNotebookKeepsIt() {
        vm.notebook().apply(Edits.setDefaultEnvironment(vm.notebook(), "gpu-cluster"));
        EnvironmentChoices choices = new EnvironmentChoices();
        EnvironmentChoicesAccess.set(choices, List.of("laptop-docker", "hpc"));
        assertThat(vm.reportUnknownEnvironments(choices)).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("unknown environment gpu-cluster (known: laptop-docker, hpc)");
        assertThat(vm.notebook().defaultEnvironment()).contains("gpu-cluster");
        assertThat(choices.label("gpu-cluster")).isEqualTo("gpu-cluster (unknown here)");
        assertThat(choices.label("hpc")).isEqualTo("hpc");
    }
}
