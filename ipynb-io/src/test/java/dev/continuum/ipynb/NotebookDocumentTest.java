package dev.continuum.ipynb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.continuum.notebook.CellType;
import dev.continuum.notebook.Edits;
import dev.continuum.notebook.Notebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookDocumentTest {

    @TempDir
    Path dir;
    Path file;
    byte[] original;

    @BeforeEach
    void copyNotebook() throws Exception {
        file = dir.resolve("analysis.ipynb");
        original = Files.readAllBytes(NbformatOracle.corpusDir().resolve("test4.5.ipynb"));
        Files.write(file, original);
    }

    @Test
    void openAndSaveWithoutEditsGivesTheSameBytes() throws Exception {
        NotebookDocument document = NotebookDocument.open(file);
        assertThat(document.notebook().isDirty()).isFalse();
        document.save();
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void savedEditIsOnDiskAndTheNotebookIsClean() throws Exception {
        NotebookDocument document = NotebookDocument.open(file);
        Notebook notebook = document.notebook();
        notebook.apply(Edits.insertNew(notebook, 0, CellType.MARKDOWN));
        notebook.apply(Edits.editSource(notebook, notebook.cell(0), "# Added\nby the user"));
        assertThat(notebook.isDirty()).isTrue();
        document.save();
        assertThat(notebook.isDirty()).isFalse();
        Notebook reread = NotebookReader.read(Files.readAllBytes(file)).notebook();
        assertThat(reread.cell(0).source()).isEqualTo("# Added\nby the user");
        assertThat(reread.size()).isEqualTo(notebook.size());
        assertThat(NotebookValidator.validate(Files.readAllBytes(file))).isEmpty();
    }

    @Test
    void refusesToOverwriteAChangeMadeOnDiskUnlessForced() throws Exception {
        NotebookDocument document = NotebookDocument.open(file);
        Notebook notebook = document.notebook();
        notebook.apply(Edits.editSource(notebook, notebook.cell(0), "mine"));
        byte[] theirs = Files.readAllBytes(NbformatOracle.corpusDir().resolve("test4.ipynb"));
        Files.write(file, theirs);
        assertThat(document.changedOnDisk()).isTrue();
        assertThatThrownBy(document::save).isInstanceOf(FileChangedOnDiskException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        document.save(true);
        assertThat(NotebookReader.read(Files.readAllBytes(file)).notebook().cell(0).source()).isEqualTo("mine");
        assertThat(document.changedOnDisk()).isFalse();
    }

    @Test
    void aTouchWithoutChangeIsNotAConflict() throws Exception {
        NotebookDocument document = NotebookDocument.open(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(document.changedOnDisk()).isFalse();
        document.save();
    }

    @Test
    void saveKeepsPermissionsAndSymlinks() throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Path link = dir.resolve("link.ipynb");
        Files.createSymbolicLink(link, file.getFileName());
        NotebookDocument document = NotebookDocument.open(link);
        document.notebook().apply(Edits.editSource(document.notebook(), document.notebook().cell(0), "via link"));
        document.save();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(NotebookReader.read(Files.readAllBytes(file)).notebook().cell(0).source()).isEqualTo("via link");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("analysis.ipynb", "link.ipynb");
        }
    }

    @Test
    void autosaveIsOfferedOnTheNextOpenAndRecovered() throws Exception {
        NotebookDocument document = NotebookDocument.open(file);
        Notebook notebook = document.notebook();
        notebook.apply(Edits.editSource(notebook, notebook.cell(0), "unsaved work"));
        document.autosave();
        Path side = Autosave.sideFile(file);
        assertThat(side).exists().hasParent(dir.resolve(".ipynb_checkpoints"));
        assertThat(Files.readAllBytes(file)).isEqualTo(original);

        NotebookDocument reopened = NotebookDocument.open(file); // the app crashed; a new session opens it
        assertThat(reopened.recovery()).isPresent();
        assertThat(reopened.notebook().cell(0).source()).isNotEqualTo("unsaved work");
        Notebook recovered = reopened.recover();
        assertThat(recovered.cell(0).source()).isEqualTo("unsaved work");
        assertThat(recovered.isDirty()).isTrue();
        reopened.save();
        assertThat(side).doesNotExist();
        assertThat(NotebookDocument.open(file).recovery()).isEmpty();
    }

    @Test
    void noAutosaveWhenNothingChanged() throws Exception {
        NotebookDocument document = NotebookDocument.open(file);
        document.autosave();
        assertThat(Autosave.sideFile(file)).doesNotExist();
    }

    @Test
    void saveAsWritesANewFileWithDefaultPermissions() throws Exception {
        NotebookDocument document = NotebookDocument.open(file);
        Path copy = dir.resolve("copy.ipynb");
        document.saveAs(copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(original);
        assertThat(document.path()).contains(copy);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-r--r--");
    }

    @Test
    void openingSomethingThatIsNotANotebookNamesTheFile() throws Exception {
        Path text = dir.resolve("notes.ipynb");
        Files.writeString(text, "{\"cells\": [}");
        assertThatThrownBy(() -> NotebookDocument.open(text)).isInstanceOf(NotebookFormatException.class)
                .hasMessageContaining("not valid JSON at line 1").hasMessageContaining(text.toString());
    }
}
