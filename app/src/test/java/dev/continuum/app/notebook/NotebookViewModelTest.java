package dev.continuum.app.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.app.ui.BackgroundTasks;
import dev.continuum.ipynb.NbformatOracle;
import dev.continuum.ipynb.NotebookDocument;
import dev.continuum.ipynb.NotebookReader;
import dev.continuum.ipynb.NotebookWriter;
import dev.continuum.notebook.CellType;
import dev.continuum.notebook.Notebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notebook tab's behaviour and every shortcut, without a display. */
class NotebookViewModelTest {

    @TempDir
    Path dir;
    Path file;
    NotebookViewModel vm;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("test4.5.ipynb");
        Files.copy(NbformatOracle.corpusDir().resolve("test4.5.ipynb"), file);
        vm = new NotebookViewModel(NotebookDocument.open(file), false, BackgroundTasks.direct());
    }

    private void press(KeyStroke... keys) {
        for (KeyStroke key : keys) {
            vm.handleKey(key);
        }
    }

    private List<String> sources() {
        return vm.cells().stream().map(c -> c.state().source()).toList();
    }

    private Notebook onDisk() throws Exception {
        return NotebookReader.read(Files.readAllBytes(file)).notebook();
    }

    @Test
    void opensInCommandModeOnTheFirstCellWithTheFileNameAsTitle() {
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.COMMAND);
        assertThat(vm.activeIndexProperty().get()).isZero();
        assertThat(vm.titleProperty().get()).isEqualTo("test4.5.ipynb");
        assertThat(vm.cells()).hasSize(vm.notebook().size());
    }

    @Test
    void bInsertsBelowAndAInsertsAboveWithFreshIds() {
        int size = vm.cells().size();
        press(KeyStroke.of("B"));
        assertThat(vm.cells()).hasSize(size + 1);
        assertThat(vm.activeIndexProperty().get()).isEqualTo(1);
        assertThat(vm.cells().get(1).state().type()).isEqualTo(CellType.CODE);
        assertThat(vm.cells().get(1).state().source()).isEmpty();
        press(KeyStroke.of("A"));
        assertThat(vm.cells()).hasSize(size + 2);
        assertThat(vm.activeIndexProperty().get()).isEqualTo(1);
        assertThat(vm.cells().stream().map(c -> c.state().id()).distinct().count()).isEqualTo(size + 2);
        assertThat(vm.titleProperty().get()).endsWith(" •");
    }

    @Test
    void dTwiceDeletesAndASingleDDoesNothing() {
        List<String> before = sources();
        press(KeyStroke.of("D"), KeyStroke.of("J"));
        assertThat(sources()).isEqualTo(before);
        press(KeyStroke.of("D"), KeyStroke.of("D"));
        assertThat(sources()).hasSize(before.size() - 1).doesNotContain(before.get(1));
    }

    @Test
    void zUndoesAndShiftZRedoesCellOperations() {
        List<String> before = sources();
        press(KeyStroke.of("D"), KeyStroke.of("D"));
        press(KeyStroke.of("Z"));
        assertThat(sources()).isEqualTo(before);
        assertThat(vm.dirtyProperty().get()).isFalse();
        press(KeyStroke.shift("Z"));
        assertThat(sources()).hasSize(before.size() - 1);
        press(KeyStroke.shortcut("Z"));
        assertThat(sources()).isEqualTo(before);
        press(KeyStroke.shortcut("Y"));
        assertThat(sources()).hasSize(before.size() - 1);
    }

    @Test
    void mYAndRChangeTheCellType() {
        press(KeyStroke.of("M"));
        assertThat(vm.cells().get(0).state().type()).isEqualTo(CellType.MARKDOWN);
        press(KeyStroke.of("R"));
        assertThat(vm.cells().get(0).state().type()).isEqualTo(CellType.RAW);
        press(KeyStroke.of("Y"));
        assertThat(vm.cells().get(0).state().type()).isEqualTo(CellType.CODE);
    }

    @Test
    void shiftMMergesWithTheCellBelow() {
        List<String> before = sources();
        press(KeyStroke.shift("M"));
        assertThat(sources()).hasSize(before.size() - 1);
        assertThat(sources().get(0)).isEqualTo(before.get(0) + "\n\n" + before.get(1));
    }

    @Test
    void shiftJExtendsTheSelectionAndDDDeletesItAll() {
        List<String> before = sources();
        press(KeyStroke.shift("J"), KeyStroke.shift("Down"));
        assertThat(vm.selectedCells()).hasSize(3);
        assertThat(vm.cells().get(2).selectedProperty().get()).isTrue();
        press(KeyStroke.of("D"), KeyStroke.of("D"));
        assertThat(sources()).isEqualTo(before.subList(3, before.size()));
    }

    @Test
    void arrowsJAndKMoveTheActiveCell() {
        press(KeyStroke.of("J"), KeyStroke.of("Down"));
        assertThat(vm.activeIndexProperty().get()).isEqualTo(2);
        press(KeyStroke.of("K"));
        assertThat(vm.activeIndexProperty().get()).isEqualTo(1);
        press(KeyStroke.of("Up"), KeyStroke.of("Up"));
        assertThat(vm.activeIndexProperty().get()).isZero();
    }

    @Test
    void ctrlUpAndDownMoveTheCell() {
        List<String> before = sources();
        press(KeyStroke.shortcut("Down"));
        assertThat(sources().get(1)).isEqualTo(before.get(0));
        assertThat(vm.activeIndexProperty().get()).isEqualTo(1);
        press(KeyStroke.shortcut("Up"));
        assertThat(sources()).isEqualTo(before);
    }

    @Test
    void typingIsOneUndoableEditCommittedOnEscape() {
        press(KeyStroke.of("Enter"));
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.EDIT);
        CellViewModel cell = vm.activeCell().orElseThrow();
        assertThat(cell.editingProperty().get()).isTrue();
        String original = cell.state().source();
        vm.sourceTyped(cell, "p");
        vm.sourceTyped(cell, "pr");
        vm.sourceTyped(cell, "print(1)");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.handleKey(KeyStroke.of("A"))).as("letters go to the editor in edit mode").isFalse();
        press(KeyStroke.of("Esc"));
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.COMMAND);
        assertThat(cell.state().source()).isEqualTo("print(1)");
        press(KeyStroke.of("Z"));
        assertThat(cell.state().source()).isEqualTo(original);
    }

    @Test
    void ctrlShiftMinusSplitsAtTheCaret() {
        press(KeyStroke.of("Enter"));
        CellViewModel cell = vm.activeCell().orElseThrow();
        vm.sourceTyped(cell, "a = 1\nb = 2");
        vm.splitActiveCell(6);
        assertThat(sources().subList(0, 2)).containsExactly("a = 1", "b = 2");
        assertThat(vm.activeIndexProperty().get()).isEqualTo(1);
    }

    @Test
    void shiftEnterAdvancesAndAtTheEndInsertsACell() {
        press(KeyStroke.shift("Enter"));
        assertThat(vm.activeIndexProperty().get()).isEqualTo(1);
        vm.select(vm.cells().size() - 1);
        int size = vm.cells().size();
        press(KeyStroke.shift("Enter"));
        assertThat(vm.cells()).hasSize(size + 1);
        assertThat(vm.activeIndexProperty().get()).isEqualTo(size);
    }

    @Test
    void ctrlEnterStaysAndAltEnterInsertsBelowInEditMode() {
        press(KeyStroke.of("Enter"), KeyStroke.shortcut("Enter"));
        assertThat(vm.activeIndexProperty().get()).isZero();
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.COMMAND);
        int size = vm.cells().size();
        press(KeyStroke.alt("Enter"));
        assertThat(vm.cells()).hasSize(size + 1);
        assertThat(vm.activeIndexProperty().get()).isEqualTo(1);
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.EDIT);
    }

    @Test
    void copyCutAndPasteCells() {
        List<String> before = sources();
        press(KeyStroke.of("C"), KeyStroke.of("V"));
        assertThat(sources().get(1)).isEqualTo(before.get(0));
        assertThat(vm.cells().get(1).state().id()).isNotEqualTo(vm.cells().get(0).state().id());
        press(KeyStroke.of("X"));
        assertThat(sources()).isEqualTo(before);
    }

    @Test
    void ctrlSSavesExactlyTheNotebooksBytesAndClearsTheDirtyMarker() throws Exception {
        press(KeyStroke.of("B"), KeyStroke.of("Enter"));
        vm.sourceTyped(vm.activeCell().orElseThrow(), "x = 42");
        press(KeyStroke.shortcut("S"));
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(vm.titleProperty().get()).isEqualTo("test4.5.ipynb");
        assertThat(Files.readAllBytes(file)).isEqualTo(NotebookWriter.toBytes(vm.notebook()));
        assertThat(onDisk().cell(1).source()).isEqualTo("x = 42");
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenAndCanBeReloaded() throws Exception {
        press(KeyStroke.of("B"));
        byte[] theirs = Files.readAllBytes(NbformatOracle.corpusDir().resolve("test4.ipynb"));
        Files.write(file, theirs);
        vm.checkDisk();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.CHANGED_ON_DISK);
        vm.save();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.CHANGED_ON_DISK);
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        vm.revert();
        assertThat(vm.cells()).hasSize(onDisk().size());
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void saveAsWritesTheNewFileAndRetitlesTheTab() throws Exception {
        Path copy = dir.resolve("copy.ipynb");
        vm.saveAs(copy);
        assertThat(copy).exists();
        assertThat(vm.titleProperty().get()).isEqualTo("copy.ipynb");
    }

    @Test
    void autosaveKeepsUnsavedWorkBesideTheFile() throws Exception {
        press(KeyStroke.of("B"));
        vm.autosave();
        assertThat(dev.continuum.ipynb.Autosave.sideFile(file)).exists();
        assertThat(NotebookDocument.open(file).recovery()).isPresent();
    }

    @Test
    void promptsShowExecutionCounts() {
        CellViewModel code = vm.cells().stream().filter(c -> c.state().type() == CellType.CODE).findFirst().orElseThrow();
        assertThat(code.prompt()).matches("\\[( |\\d+)\\]:");
        assertThat(vm.cells().stream().filter(c -> c.state().type() == CellType.MARKDOWN).findFirst().orElseThrow().prompt()).isEmpty();
    }

    @Test
    void findSelectsTheNextMatchingCellAndReplaceAllIsOneUndoableEdit() {
        String word = java.util.Arrays.stream(vm.cells().get(1).state().source().split("\\W+"))
                .filter(w -> w.length() >= 3).findFirst().orElseThrow();
        int found = vm.findNext(word, true);
        assertThat(found).isGreaterThanOrEqualTo(0);
        assertThat(vm.activeIndexProperty().get()).isEqualTo(found);
        assertThat(vm.cells().get(found).state().source()).contains(word);
        List<String> before = sources();
        int replaced = vm.replaceAll(word, "REPLACED", true);
        assertThat(replaced).isPositive();
        assertThat(String.join("", sources())).doesNotContain(word).contains("REPLACED");
        press(KeyStroke.of("Z"));
        assertThat(sources()).isEqualTo(before);
        assertThat(vm.findNext("no such text anywhere", false)).isEqualTo(-1);
    }
}
