package dev.continuum.ipynb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.notebook.Edits;
import dev.continuum.notebook.Notebook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookTrustTest {

    @TempDir
    Path dir;

    /** Our signature equals Jupyter's NotebookNotary.compute_signature for the same secret. */
    @Test
    void signatureMatchesJupytersNotary() throws Exception {
        byte[] secret = "continuum-test-secret".getBytes(StandardCharsets.US_ASCII);
        List<Path> files = new ArrayList<>();
        for (Path file : NbformatOracle.notebooksIn(NbformatOracle.corpusDir())) {
            // v4 files only: reading v3 gives cells random ids in Jupyter, so no two signatures agree
            byte[] bytes = Files.readAllBytes(file);
            if (NotebookValidator.validate(bytes).isEmpty() && NotebookReader.read(bytes).fileFormat().major() == 4) {
                files.add(file);
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        String script = """
                import sys, warnings, logging
                warnings.simplefilter("ignore"); logging.disable(logging.CRITICAL)
                import nbformat
                from nbformat.sign import NotebookNotary, MemorySignatureStore
                notary = NotebookNotary(secret=sys.argv[1].encode(), store_factory=MemorySignatureStore, data_dir="")
                for path in sys.argv[2:]:
                    print(notary.compute_signature(nbformat.read(path, as_version=4)))
                """;
        List<String> command = new ArrayList<>(List.of(NbformatOracle.python(), "-c", script, new String(secret, StandardCharsets.US_ASCII)));
        files.forEach(f -> command.add(f.toString()));
        Process python = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> expected = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(python.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(python.exitValue()).isZero();
        assertThat(expected).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            Notebook notebook = NotebookReader.read(Files.readAllBytes(files.get(i))).notebook();
            assertThat(NotebookTrust.signature(notebook, secret)).as(files.get(i).getFileName().toString()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void trustCoversExactlyTheSignedContent() throws Exception {
        TrustStore store = new TrustStore(dir.resolve("data"));
        Notebook notebook = NotebookReader.read(Files.readAllBytes(NbformatOracle.corpusDir().resolve("test4.5.ipynb"))).notebook();
        assertThat(store.isTrusted(notebook)).isFalse();
        store.trust(notebook);
        assertThat(store.isTrusted(notebook)).isTrue();
        Notebook sameContent = NotebookReader.read(NotebookWriter.toBytes(notebook)).notebook();
        assertThat(store.isTrusted(sameContent)).isTrue();
        notebook.apply(Edits.editSource(notebook, notebook.cell(0), "changed by someone"));
        assertThat(store.isTrusted(notebook)).isFalse();
        store.untrust(sameContent);
        assertThat(store.isTrusted(sameContent)).isFalse();
        assertThat(Files.getPosixFilePermissions(dir.resolve("data/notebook_secret")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        // The folder is shared with other private files (the secret store): owner-only too.
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data"))))
                .isEqualTo("rwx------");
    }

    @Test
    void activeOutputIsRenderedOnlyWhenTrusted() throws Exception {
        assertThat(NotebookTrust.mayRenderActive("text/html", false)).isFalse();
        assertThat(NotebookTrust.mayRenderActive("application/javascript", false)).isFalse();
        assertThat(NotebookTrust.mayRenderActive("text/html", true)).isTrue();
        assertThat(NotebookTrust.mayRenderActive("image/png", false)).isTrue();
        assertThat(NotebookTrust.mayRenderActive("text/plain", false)).isTrue();
        Notebook notebook = NotebookReader.read(Files.readAllBytes(NbformatOracle.corpusDir().resolve("test4.5.ipynb"))).notebook();
        long unsafe = notebook.cells().stream().filter(c -> !NotebookTrust.isCellSafe(c)).count();
        long rich = notebook.cells().stream().filter(c -> c.outputs().stream()
                .anyMatch(o -> o instanceof dev.continuum.notebook.DisplayDataOutput || o instanceof dev.continuum.notebook.ExecuteResultOutput)).count();
        assertThat(unsafe).isEqualTo(rich).isPositive();
    }
}
