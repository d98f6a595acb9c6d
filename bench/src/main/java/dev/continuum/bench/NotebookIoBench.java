package dev.continuum.bench;

import dev.continuum.ipynb.NotebookDocument;
import dev.continuum.ipynb.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 3's benchmark, Continuum side: open+validate and save of one big notebook, as medians in
 * ms on one JSON line. bench/run.sh runs it next to nbformat_bench.py, which measures the same two
 * operations with nbformat, and prints the ratios.
 *
 * <p>Usage: {@code NotebookIoBench NOTEBOOK OUT_DIR [WARMUP [ITERATIONS]]}
 *
 * <p>Open+validate is what opening a file costs the app ({@link NotebookDocument#open}): read the
 * bytes, parse once, check them against the schema, read them into the model, look for an autosave. Save is {@link NotebookDocument#saveAs}, the app's real save:
 * canonical bytes, temp file, fsync, rename, folder fsync, snapshot checksum. nbformat.write does no
 * fsync, so this side pays for durability the other does not: the ratio is conservative.
 */
public final class NotebookIoBench {

    private NotebookIoBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NotebookIoBench NOTEBOOK OUT_DIR [WARMUP [ITERATIONS]]");
            System.exit(2);
        }
        Path notebook = Path.of(args[0]);
        Path saved = Path.of(args[1]).resolve("continuum-saved.ipynb");
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 15;

        // The document saved in every iteration: opened once, so save measures only saving.
        NotebookDocument document = NotebookDocument.open(notebook);
        int cells = document.notebook().cells().size();

        // Warm-up lets the JIT compile the parse, validate and write paths, as in a running app.
        for (int i = 0; i < warmup; i++) {
            openAndValidate(notebook);
            document.saveAs(saved);
        }
        double[] open = new double[iterations];
        double[] save = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            openAndValidate(notebook);
            open[i] = millisSince(start);
        }
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            document.saveAs(saved);
            save[i] = millisSince(start);
        }

        // Not timed: the save must be the same bytes nbformat wrote, or the comparison is unfair.
        boolean identical = Arrays.equals(Files.readAllBytes(notebook), Files.readAllBytes(saved));
        System.out.printf(java.util.Locale.ROOT,
                "{\"side\": \"continuum\", \"cells\": %d, \"bytes\": %d, \"warmup\": %d, \"iterations\": %d, "
                        + "\"open_validate_ms\": %.2f, \"save_ms\": %.2f, \"save_identical_to_input\": %b}%n",
                cells, Files.size(notebook), warmup, iterations, median(open), median(save), identical);
    }

    /** Opening as the app does it; fails loudly if the notebook is not the valid one we meant. */
    private static ReadResult openAndValidate(Path path) throws IOException {
        NotebookDocument document = NotebookDocument.open(path);
        if (!document.problems().isEmpty() || !document.repairs().isEmpty()) {
            throw new IllegalStateException("benchmark notebook is not clean: " + document.problems() + " " + document.repairs());
        }
        return document.readResult();
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
