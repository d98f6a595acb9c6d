package dev.continuum.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import org.junit.jupiter.api.Test;

class CellCodeTest {

    private static CellState code(String source, JsonObject metadata) {
        return CellState.of("c", CellType.CODE, source).withMetadata(metadata);
    }

    private static JsonObject object(String key, Object value) {
        return JsonObject.of(key, value instanceof String s ? new JsonString(s) : (dev.continuum.notebook.json.JsonValue) value);
    }

    @Test
    void aCellMagicChoosesTheLanguageAndIsNotRun() {
        assertThat(CellCode.of(code("%%java\nint x = 1;", JsonObject.EMPTY), "python")).isEqualTo(new CellCode("java", "int x = 1;"));
        assertThat(CellCode.of(code("%%python  \nx = 1", JsonObject.EMPTY), "java")).isEqualTo(new CellCode("python", "x = 1"));
        assertThat(CellCode.of(code("%%java", JsonObject.EMPTY), "python")).isEqualTo(new CellCode("java", ""));
    }

    @Test
    void otherCellMagicsStayInTheCodeForTheKernel() {
        assertThat(CellCode.of(code("%%time\nx = 1", JsonObject.EMPTY), "python")).isEqualTo(new CellCode("python", "%%time\nx = 1"));
    }

    @Test
    void cellMetadataElseTheNotebooksLanguage() {
        JsonObject java = object("continuum", object("language", "Java"));
        assertThat(CellCode.of(code("int x = 1;", java), "python").language()).isEqualTo("java");
        assertThat(CellCode.of(code("x = 1", JsonObject.EMPTY), "python").language()).isEqualTo("python");
    }

    @Test
    void theNotebooksLanguageComesFromItsKernelspecOrLanguageInfo() {
        assertThat(CellCode.notebookLanguage(object("kernelspec", object("language", "java")))).isEqualTo("java");
        assertThat(CellCode.notebookLanguage(object("language_info", object("name", "R")))).isEqualTo("r");
        assertThat(CellCode.notebookLanguage(JsonObject.EMPTY)).isEqualTo("python");
    }
}
