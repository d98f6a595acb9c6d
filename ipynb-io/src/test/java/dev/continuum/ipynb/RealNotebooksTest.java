package dev.continuum.ipynb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.notebook.Notebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notebooks from public projects (see resources/real/SOURCES.md): Colab files, widget state,
 * attachments, source as one string, non-ASCII text, a 3.7 MB line, IJava / R / Julia / Kotlin
 * kernels, duplicate cell ids. Each converts exactly as nbformat converts it.
 */
class RealNotebooksTest {

    private static final Path REAL = NbformatOracle.resourceDir("real");

    @TempDir
    Path dir;

    @Test
    void everyRealNotebookConvertsExactlyAsNbformatDoes() throws Exception {
        List<Path> files = NbformatOracle.notebooksIn(REAL);
        assertThat(files).hasSizeGreaterThanOrEqualTo(11);
        CanonicalWriteTest.assertMatchesOracle(files, false, files.size());
        CanonicalWriteTest.assertMatchesOracle(files, true, files.size());
    }

    @Test
    void colabTwoSpaceIndentBecomesJupytersOneSpaceAndWidgetStateSurvives() throws Exception {
        byte[] colab = Files.readAllBytes(REAL.resolve("colab-paligemma-inference-widgets.ipynb"));
        assertThat(new String(colab, 0, 40, java.nio.charset.StandardCharsets.UTF_8)).contains("\n  \"");
        Notebook notebook = NotebookReader.read(colab).notebook();
        assertThat(notebook.metadata().findObject("widgets")).isPresent();
        assertThat(notebook.metadata().findObject("colab")).isPresent();
        String written = new String(NotebookWriter.toBytes(notebook), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(written).startsWith("{\n \"cells\": [\n  {\n").contains("application/vnd.jupyter.widget-state+json");
    }

    @Test
    void kernelspecsOfOtherLanguagesAreKept() throws Exception {
        assertThat(kernelName("ijava-3rd-party-dependency.ipynb")).isEqualTo("java");
        assertThat(kernelName("r-irkernel-demo.ipynb")).isEqualTo("ir");
        assertThat(kernelName("julia-metaprogramming.ipynb")).startsWith("julia");
        assertThat(kernelName("kotlin-api-guide-string-source.ipynb")).containsIgnoringCase("kotlin");
    }

    @Test
    void duplicateCellIdsAreRenamedOnReadingAndReportedByValidate() throws Exception {
        byte[] bytes = Files.readAllBytes(REAL.resolve("duplicate-cell-ids-sagemaker-asr.ipynb"));
        ReadResult read = NotebookReader.read(bytes);
        assertThat(read.repairs()).anySatisfy(p -> assertThat(p.message()).contains("\"ed57d108\" was used by an earlier cell"));
        assertThat(read.notebook().cells().stream().map(c -> c.id().orElseThrow()).distinct().count())
                .isEqualTo(read.notebook().size());
        assertThat(NotebookValidator.validate(bytes)).anySatisfy(p -> {
            assertThat(p.message()).contains("duplicate cell id \"ed57d108\"");
            assertThat(p.cellIndex()).isNotNull();
            assertThat(p.path()).isEqualTo("$.cells[" + p.cellIndex() + "].id");
        });
    }

    @Test
    void attachmentsAndNonAsciiTextRoundTrip() throws Exception {
        Notebook attachments = read("markdown-attachments-sagemaker-getting-started.ipynb");
        assertThat(attachments.cells()).anySatisfy(c -> assertThat(c.state().attachments()).isNotNull());
        Notebook chinese = read("nonascii-chinese-hanlp-tok-stl.ipynb");
        String written = new String(NotebookWriter.toBytes(chinese), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(written).containsPattern("[\\u4e00-\\u9fff]").doesNotContain("\\u4e");
    }

    /** An id in a 4.0 notebook breaks the 4.0 schema; Jupyter still opens it, and so do we. */
    @Test
    void anIdInAFourZeroNotebookOpensConvertsAndIsReported() throws Exception {
        ObjectNode nb = (ObjectNode) JsonTrees.MAPPER.readTree(Files.readAllBytes(NbformatOracle.corpusDir().resolve("test4.ipynb")));
        nb.put("nbformat_minor", 0);
        ((ObjectNode) nb.get("cells").get(0)).put("id", "early-id");
        Path file = dir.resolve("id-in-4.0.ipynb");
        Files.write(file, JsonTrees.MAPPER.writeValueAsBytes(nb));
        assertThat(NotebookValidator.validate(Files.readAllBytes(file))).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.cells[0].id");
            assertThat(p.cellIndex()).isZero();
        });
        CanonicalWriteTest.assertMatchesOracle(List.of(file), false, 1);
        assertThat(NotebookDocument.open(file).notebook().cell(0).id()).contains("early-id");
    }

    private static Notebook read(String name) throws Exception {
        return NotebookReader.read(Files.readAllBytes(REAL.resolve(name))).notebook();
    }

    private static String kernelName(String name) throws Exception {
        return read(name).metadata().findObject("kernelspec").flatMap(k -> k.findString("name")).orElseThrow();
    }
}
