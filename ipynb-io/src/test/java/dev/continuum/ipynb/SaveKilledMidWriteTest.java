package dev.continuum.ipynb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save killed in the middle (SIGKILL to the saving process while its temporary file is being
 * written) leaves the old file intact: old bytes, or the complete new ones, never a mix.
 */
class SaveKilledMidWriteTest {

    @TempDir
    Path dir;

    @Test
    void killedSaveLeavesTheFileWhole() throws Exception {
        Path target = dir.resolve("notebook.ipynb");
        byte[] original = Files.readAllBytes(NbformatOracle.corpusDir().resolve("test4.5.ipynb"));
        Files.write(target, original);

        for (int attempt = 0; attempt < 3; attempt++) {
            Process worker = startWorker(target);
            try {
                waitForTemporaryFile(worker);
                worker.destroyForcibly(); // SIGKILL: no chance to clean up or finish
                assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                worker.destroyForcibly();
            }
            byte[] now = Files.readAllBytes(target);
            if (now.length == original.length) {
                assertThat(now).isEqualTo(original);
            } else {
                // a whole earlier save may have finished: then the file is that complete notebook
                ReadResult read = NotebookReader.read(now);
                assertThat(read.notebook().size()).isEqualTo(40);
                assertThat(now[now.length - 1]).isEqualTo((byte) '\n');
            }
            assertThat(NotebookValidator.validate(now)).isEmpty();
        }
    }

    private Process startWorker(Path target) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SaveWorker.class.getName(), target.toString(), "40")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
        return process;
    }

    /** Waits until the worker's temporary file exists and is growing: it is mid-write. */
    private void waitForTemporaryFile(Process worker) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && worker.isAlive()) {
            try (var files = Files.list(dir)) {
                List<Path> temps = files.filter(f -> f.getFileName().toString().endsWith(".continuum-tmp")).toList();
                for (Path temp : temps) {
                    try {
                        if (Files.size(temp) > 1024 * 1024) {
                            return;
                        }
                    } catch (java.nio.file.NoSuchFileException renamedMeanwhile) {
                        // the save finished between listing and sizing; wait for the next one
                    }
                }
            }
            Thread.sleep(2);
        }
        throw new AssertionError("the worker never started writing");
    }

    @Test
    void temporariesOfKilledSavesAreRemovedOnTheNextOpenOnceTheyAreOld() throws Exception {
        Path target = dir.resolve("notebook.ipynb");
        Files.copy(NbformatOracle.corpusDir().resolve("test4.5.ipynb"), target);
        Path old = Files.writeString(dir.resolve(".notebook.ipynb.123.continuum-tmp"), "half a save");
        Path recent = Files.writeString(dir.resolve(".notebook.ipynb.456.continuum-tmp"), "a save in progress");
        Path other = Files.writeString(dir.resolve(".other.ipynb.789.continuum-tmp"), "another notebook's");
        java.nio.file.attribute.FileTime twoHoursAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2)));
        Files.setLastModifiedTime(old, twoHoursAgo);
        Files.setLastModifiedTime(other, twoHoursAgo);
        NotebookDocument.open(target);
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(other).exists();
    }
}
