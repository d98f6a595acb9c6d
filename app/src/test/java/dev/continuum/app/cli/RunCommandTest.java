package dev.continuum.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.continuum.ipynb.NbformatOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code continuum run} on real kernels (ipykernel and JShell), checked with Jupyter's nbformat. */
class RunCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path notebook(String name, String... cells) throws Exception {
        ObjectMapper json = new ObjectMapper();
        var root = json.createObjectNode();
        var list = root.putArray("cells");
        for (int i = 0; i < cells.length; i++) {
            list.addObject().put("cell_type", "code").putNull("execution_count").put("id", "cell-" + i)
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("metadata", json.createObjectNode())
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("outputs", json.createArrayNode())
                    .put("source", cells[i]);
        }
        root.putObject("metadata").putObject("kernelspec").put("name", "python3").put("display_name", "Python 3").put("language", "python");
        root.put("nbformat", 4).put("nbformat_minor", 5);
        Path file = dir.resolve(name);
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return file;
    }

    /** What nbformat reads back: per code cell, its count and output types. */
    private static String readBack(Path file) throws Exception {
        return NbformatOracle.run("""
                import json, sys, nbformat
                nb = nbformat.read(sys.argv[1], as_version=4)
                nbformat.validate(nb)
                print(json.dumps([[c.execution_count, [o.output_type for o in c.outputs]] for c in nb.cells]))
                """, file.toString()).strip();
    }

    @Test
    void pythonAndJavaCellsRunInOrderAndTheOutputsAreWrittenAsJupyterReadsThem() throws Exception {
        Path file = notebook("mixed.ipynb", "import os\nprint(os.getcwd())\nx = 6", "x * 7", "%%java\nint y = 6 * 7;\nSystem.out.println(y);\ny + 1");
        Path out = dir.resolve("out.ipynb");

        CliRun run = run("run", file.toString(), "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(readBack(out)).isEqualTo("[[1, [\"stream\"]], [2, [\"execute_result\"]], [1, [\"stream\", \"execute_result\"]]]");
        String written = Files.readString(out);
        assertThat(written).contains(dir.toRealPath().toString()).contains("\"42\\n\"").contains("\"43\"");
        assertThat(Files.readString(file)).doesNotContain("execute_result");
    }

    @Test
    void aFailingCellIsNamedAndNothingIsWritten() throws Exception {
        Path file = notebook("fails.ipynb", "a = 1", "1 / 0", "b = 2");
        byte[] before = Files.readAllBytes(file);

        CliRun run = run("run", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(file + ": cell 1 (id cell-1) failed: ZeroDivisionError: division by zero")
                .contains("not written");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void allowErrorsRunsOnWritesInPlaceAndReportsJson() throws Exception {
        Path file = notebook("allowed.ipynb", "1 / 0", "'after'");

        CliRun run = run("run", "--allow-errors", "--json", file.toString());

        assertThat(run.exit()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("cells_run").asInt()).isEqualTo(2);
        assertThat(report.get("written").asText()).isEqualTo(file.toString());
        assertThat(report.get("failures")).hasSize(1);
        assertThat(report.get("failures").get(0).get("cell_id").asText()).isEqualTo("cell-0");
        assertThat(report.get("failures").get(0).get("ename").asText()).isEqualTo("ZeroDivisionError");
        assertThat(readBack(file)).isEqualTo("[[1, [\"error\"]], [2, [\"execute_result\"]]]");
    }

    @Test
    void aCellPastTheTimeoutIsInterruptedAndNamed() throws Exception {
        Path file = notebook("slow.ipynb", "import time\ntime.sleep(60)");

        CliRun run = run("run", "--timeout", "2", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("cell 0 (id cell-0) failed: CellTimeoutError").contains("2 s");
    }

    @Test
    void anUnknownKernelIsNamedWithWhatIsInstalled() throws Exception {
        Path file = notebook("nokernel.ipynb", "1");

        CliRun run = run("run", "--kernel", "no-such-kernel", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-kernel").contains("python3");
    }

    @Test
    void aBrokenNotebookIsRefusedNamingTheField() throws Exception {
        Path file = dir.resolve("broken.ipynb");
        Files.writeString(file, "{\"cells\": [], \"metadata\": {}, \"nbformat\": \"four\"}");

        CliRun run = run("run", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(file.toString()).contains("nbformat");
        assertThat(List.of(run.out())).containsExactly("");
    }
}
