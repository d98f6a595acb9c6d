package dev.continuum.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.continuum.ipynb.NbformatOracle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless commands as a script sees them: exit codes, lines, JSON. */
class CommandLineTest {

    private static final Path CORPUS = NbformatOracle.corpusDir();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void validateExitsZeroForValidNotebooks() {
        CliRun run = run("validate", CORPUS.resolve("test4.ipynb").toString(), CORPUS.resolve("test4.5.ipynb").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("test4.ipynb: valid", "test4.5.ipynb: valid");
    }

    @Test
    void validateNamesFileCellAndPathAndExitsOne() {
        Path bad = CORPUS.resolve("invalid_unique_cell_id.ipynb");
        CliRun run = run("validate", CORPUS.resolve("test4.ipynb").toString(), bad.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(bad + ": cell 1 (id \"dup\"): $.cells[1].id: duplicate cell id \"dup\" (also cell 0)");
    }

    @Test
    void validateJsonIsMachineReadable() throws Exception {
        Path missing = dir.resolve("missing.ipynb");
        CliRun run = run("validate", "--json", CORPUS.resolve("invalid_cell_id.ipynb").toString(), missing.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report).hasSize(2);
        JsonNode problem = report.get(0).get("problems").get(0);
        assertThat(report.get(0).get("valid").asBoolean()).isFalse();
        assertThat(problem.get("cell_index").asInt()).isZero();
        assertThat(problem.get("cell_id").asText()).isEqualTo("$illegal_chars");
        assertThat(problem.get("path").asText()).isEqualTo("$.cells[0].id");
        assertThat(report.get(1).get("problems").get(0).get("message").asText()).contains("no such file");
    }

    @Test
    void convertWritesWhatNbformatWritesToAFile() throws Exception {
        Path out = dir.resolve("out.ipynb");
        CliRun run = run("convert", "--to", "4.5", CORPUS.resolve("test3.ipynb").toString(), "-o", out.toString());
        assertThat(run.exit()).isZero();
        CliRun check = run("validate", out.toString());
        assertThat(check.exit()).isZero();
        assertThat(Files.readString(out)).contains("\"nbformat_minor\": 5");
    }

    @Test
    void convertToStandardOutputKeepsTheFourXMinorByDefault() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("convert", CORPUS.resolve("test4.ipynb").toString()).exit()).isZero();
        } finally {
            System.setOut(saved);
        }
        var expected = NbformatOracle.write(java.util.List.of(CORPUS.resolve("test4.ipynb")), false);
        assertThat(captured.toByteArray()).isEqualTo(expected.values().iterator().next().bytes().orElseThrow());
    }

    @Test
    void convertOfSomethingElseFailsClearlyAndWritesNothing() throws Exception {
        Path notJson = dir.resolve("broken.ipynb");
        Files.writeString(notJson, "{\"nbformat\": 4, \"cells\": [");
        Path out = dir.resolve("never.ipynb");
        CliRun run = run("convert", notJson.toString(), "-o", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(notJson + ": $: not valid JSON");
        assertThat(out).doesNotExist();
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run("convert", "--to", "3", CORPUS.resolve("test4.ipynb").toString()).exit()).isEqualTo(2);
        assertThat(run("validate").exit()).isEqualTo(2);
        assertThat(run("no-such-command").exit()).isEqualTo(2);
    }
}
