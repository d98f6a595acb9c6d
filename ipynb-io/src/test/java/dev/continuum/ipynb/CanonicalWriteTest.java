package dev.continuum.ipynb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our canonical write equals, byte for byte, what Jupyter's nbformat writes for the same file
 * ({@code nbformat.write(nbformat.read(f, as_version=4))}), computed by nbformat now, not stored.
 */
class CanonicalWriteTest {

    @Test
    void everyCorpusNotebookIsWrittenExactlyAsNbformatWritesIt() throws Exception {
        assertMatchesOracle(NbformatOracle.notebooksIn(NbformatOracle.corpusDir()), false, 13);
    }

    @Test
    void upgradingToFourFiveMatchesNbformatUpgrade() throws Exception {
        assertMatchesOracle(NbformatOracle.notebooksIn(NbformatOracle.corpusDir()), true, 13);
    }

    /** Large notebooks are written cell by cell in parallel; the bytes must not change. */
    @Test
    void aLargeNotebookWrittenInParallelMatchesNbformat(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var nb = MutatedNotebookTest.base();
        var cells = (com.fasterxml.jackson.databind.node.ArrayNode) nb.get("cells");
        var template = cells.deepCopy();
        for (int i = 0; cells.size() < 300; i++) {
            var cell = (com.fasterxml.jackson.databind.node.ObjectNode) template.get(i % template.size()).deepCopy();
            cell.put("id", "cell-" + i);
            cell.putObject("metadata").put("n", i).put("ratio", i / 7.0).put("name", "ñ-" + i);
            cells.add(cell);
        }
        Path file = dir.resolve("large.ipynb");
        Files.write(file, JsonTrees.MAPPER.writeValueAsBytes(nb));
        assertMatchesOracle(List.of(file), false, 1);
    }

    static void assertMatchesOracle(List<Path> files, boolean upgrade, int atLeastCompared) throws Exception {
        Map<Path, NbformatOracle.Verdict> oracle = NbformatOracle.write(files, upgrade);
        assertThat(oracle).hasSize(files.size());
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Path file : files) {
            NbformatOracle.Verdict verdict = oracle.get(file.toAbsolutePath());
            byte[] original = Files.readAllBytes(file);
            NotebookReader.Options options = NotebookReader.Options.DEFAULT
                    .withCellIds(NbformatOracle.oracleIds()).withUpgradeTo45(upgrade);
            if (verdict.bytes().isEmpty()) {
                // nbformat cannot read it; we either read it or refuse it clearly, never crash.
                try {
                    NotebookWriter.toBytes(NotebookReader.read(original, options).notebook());
                } catch (NotebookFormatException e) {
                    assertThat(e.getMessage()).isNotBlank();
                }
                continue;
            }
            ReadResult read = NotebookReader.read(original, options);
            byte[] ours = NotebookWriter.toBytes(read.notebook());
            if (read.repairs().stream().anyMatch(p -> p.message().contains("had no source")
                    || p.message().contains("no execution_count") || p.message().contains("no nbformat_minor"))) {
                // We add a required field nbformat leaves out; validate reports the file (see ValidatorTest).
                assertThat(NotebookValidator.validate(original)).isNotEmpty();
                continue;
            }
            compared++;
            if (!java.util.Arrays.equals(ours, verdict.bytes().get())) {
                mismatches.add(file.getFileName() + ":\n" + firstDifference(ours, verdict.bytes().get()));
            }
            assertThat(Files.readAllBytes(file)).as("reading never changes the file").isEqualTo(original);
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " notebooks differ from nbformat's output:\n" + String.join("\n", mismatches));
        }
        assertThat(compared).as("notebooks compared with nbformat").isGreaterThanOrEqualTo(atLeastCompared);
    }

    static String firstDifference(byte[] ours, byte[] theirs) {
        String a = new String(ours, StandardCharsets.UTF_8);
        String b = new String(theirs, StandardCharsets.UTF_8);
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return "  ours:     ..." + a.substring(from, Math.min(a.length(), i + 80)).replace("\n", "\\n")
                + "\n  nbformat: ..." + b.substring(from, Math.min(b.length(), i + 80)).replace("\n", "\\n");
    }
}
