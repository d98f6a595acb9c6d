package dev.continuum.ipynb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each invalid corpus notebook is reported with the cell and the field; valid ones are not. */
class NotebookValidatorTest {

    private static List<Problem> problems(String corpusFile) throws Exception {
        return NotebookValidator.validate(Files.readAllBytes(NbformatOracle.corpusDir().resolve(corpusFile)));
    }

    @Test
    void validCorpusNotebooksHaveNoProblems() throws Exception {
        for (String name : List.of("test4.ipynb", "test4.5.ipynb", "test3.ipynb", "test4custom.ipynb", "test4docinfo.ipynb",
                "test4jupyter_metadata.ipynb", "test4jupyter_metadata_timings.ipynb", "many_tracebacks.ipynb")) {
            assertThat(problems(name)).as(name).isEmpty();
        }
    }

    @Test
    void illegalCellIdIsNamedWithCellAndPath() throws Exception {
        assertThat(problems("invalid_cell_id.ipynb")).singleElement().satisfies(p -> {
            assertThat(p.cellIndex()).isZero();
            assertThat(p.cellId()).isEqualTo("$illegal_chars");
            assertThat(p.path()).isEqualTo("$.cells[0].id");
            assertThat(p.message()).contains("pattern");
        });
    }

    @Test
    void duplicateAndMissingIdsAreReported() throws Exception {
        assertThat(problems("invalid_unique_cell_id.ipynb")).singleElement()
                .satisfies(p -> assertThat(p.describe()).isEqualTo("cell 1 (id \"dup\"): $.cells[1].id: duplicate cell id \"dup\" (also cell 0)"));
        assertThat(problems("v4_5_no_cell_id.ipynb")).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$.cells[0].id"));
    }

    @Test
    void wrongMetadataTypesPointAtTheField() throws Exception {
        assertThat(problems("v4_5_invalid_metadata.ipynb")).extracting(Problem::path)
                .contains("$.metadata.kernelspec", "$.cells[0].metadata.collapsed", "$.cells[0].metadata.tags");
    }

    @Test
    void aBrokenOutputIsCheckedAgainstItsOwnType() throws Exception {
        assertThat(problems("invalid.ipynb")).extracting(Problem::describe).contains(
                "cell 0: $.cells[0].source: required property 'source' not found",
                "cell 2: $.cells[2].cell_type: unknown cell type \"heading\" (expected code, markdown or raw)",
                "cell 3: $.cells[3].outputs[0].output_type: unknown output type \"bad stream\" (expected stream, display_data, execute_result or error)");
    }

    @Test
    void versionThreeProblemsNameTheWorksheetPath() throws Exception {
        assertThat(problems("test3_worksheet_with_no_cells.ipynb")).extracting(Problem::path).containsExactly("$.worksheets[0].cells");
        assertThat(problems("test2.ipynb")).singleElement().satisfies(p -> assertThat(p.message()).contains("convert --to 4.5"));
    }

    @Test
    void badBase64ImageIsReported() {
        String nb = """
                {"cells": [{"cell_type": "code", "id": "c", "metadata": {}, "source": [], "execution_count": 1,
                  "outputs": [{"output_type": "display_data", "metadata": {}, "data": {"image/png": "not base64!"}}]}],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""";
        assertThat(NotebookValidator.validate(nb.getBytes(java.nio.charset.StandardCharsets.UTF_8))).singleElement()
                .satisfies(p -> assertThat(p.describe()).isEqualTo(
                        "cell 0 (id \"c\"): $.cells[0].outputs[0].data[\"image/png\"]: not valid base64: image/png data must be base64-encoded"));
    }

    @Test
    void notJsonGivesLineAndColumn() {
        assertThat(NotebookValidator.validate("{\n \"cells\": [,]\n}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("not valid JSON at line 2, column"));
    }
}
