package dev.continuum.ipynb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.notebook.CellState;
import dev.continuum.notebook.Notebook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookPreviewTest {

    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        Path file = dir.resolve("n.ipynb");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static String cell(int i) {
        return "{\"cell_type\": \"code\", \"execution_count\": " + i + ", \"id\": \"c" + i + "\", \"metadata\": {},"
                + " \"outputs\": [], \"source\": [\"x = " + i + "\\n\", \"print(x)\"]}";
    }

    @Test
    void readsOnlyTheFirstCellsAsTheFullReaderReadsThem() throws Exception {
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            cells.append(i == 0 ? "" : ",").append(cell(i));
        }
        Path file = file("{\"cells\": [" + cells + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");

        Notebook preview = NotebookPreview.firstCells(file, 3).orElseThrow();
        Notebook full = NotebookDocument.open(file).notebook();

        assertThat(preview.cells()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            CellState shown = preview.cells().get(i).state();
            assertThat(shown).isEqualTo(full.cells().get(i).state());
        }
        assertThat(preview.cells().get(1).state().source()).isEqualTo("x = 1\nprint(x)");
    }

    @Test
    void aFileCutShortAfterItsFirstCellsStillHasAPreviewOfThem() throws Exception {
        Path file = file("{\"cells\": [" + cell(1) + "," + cell(2) + ", {\"cell_type\": \"co");

        assertThat(NotebookPreview.firstCells(file, 2).orElseThrow().cells()).hasSize(2);
        assertThat(NotebookPreview.firstCells(file, 5)).isEmpty();
    }

    @Test
    void aPreviewCanNeverBeSavedOverItsFileOrElsewhere() throws Exception {
        Path file = file("{\"cells\": [" + cell(1) + "," + cell(2) + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
        byte[] before = Files.readAllBytes(file);
        NotebookDocument preview = NotebookDocument.preview(file, NotebookPreview.firstCells(file, 1).orElseThrow());

        assertThat(preview.isPreview()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(preview::save).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("preview");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> preview.saveAs(dir.resolve("other.ipynb")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("other.ipynb")).doesNotExist();
    }

    @Test
    void filesNotLaidOutAsVersion4HaveNoPreview() throws Exception {
        assertThat(NotebookPreview.firstCells(file("{\"metadata\": {}, \"cells\": [" + cell(1) + "]}"), 5)).isEmpty();
        assertThat(NotebookPreview.firstCells(file("{\"worksheets\": [], \"nbformat\": 3}"), 5)).isEmpty();
        assertThat(NotebookPreview.firstCells(file("not json"), 5)).isEmpty();
        assertThat(NotebookPreview.firstCells(dir.resolve("missing.ipynb"), 5)).isEmpty();
    }
}
