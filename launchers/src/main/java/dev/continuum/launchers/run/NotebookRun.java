package dev.continuum.launchers.run;

import dev.continuum.notebook.Cell;
import dev.continuum.notebook.CellCode;
import dev.continuum.notebook.CellType;
import dev.continuum.notebook.Notebook;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a notebook's code cells top to bottom, as {@code jupyter nbconvert --execute} does: each
 * cell's outputs and execution count are replaced by the new ones; blank cells are skipped; the
 * run stops at the first failing cell unless errors are allowed.
 */
public final class NotebookRun {

    /**
     * @param cellTimeout  limit per cell, or null for none
     * @param allowErrors  go on after a failing cell (its error stays in its outputs)
     */
    public record Options(Duration cellTimeout, boolean allowErrors) {
    }

    /** What a run did: how many cells ran and every failure (the first only, unless errors are allowed). */
    public record Result(int cellsRun, List<CellFailure> failures) {
        public Optional<CellFailure> firstFailure() {
            return failures.stream().findFirst();
        }
    }

    /** Progress for a display: cell {@code index} of {@code total} starts. */
    public record Progress(int index, int total, String language) {
    }

    private final CellRunner runner;
    private final Options options;
    private final Consumer<Progress> progress;

    public NotebookRun(NotebookSessions sessions, Options options, Consumer<Progress> progress) {
        this.runner = new CellRunner(sessions);
        this.options = options;
        this.progress = progress;
    }

    public Result runAll(Notebook notebook) throws InterruptedException {
        String language = CellCode.notebookLanguage(notebook.metadata());
        List<Cell> cells = List.copyOf(notebook.cells());
        List<CellFailure> failures = new java.util.ArrayList<>();
        int ran = 0;
        for (int index = 0; index < cells.size(); index++) {
            Cell cell = cells.get(index);
            if (cell.state().type() != CellType.CODE || cell.state().source().isBlank()) {
                continue;
            }
            CellCode code = CellCode.of(cell.state(), language);
            progress.accept(new Progress(index, cells.size(), code.language()));
            notebook.setOutputs(cell, List.of(), null);
            OutputCollector collector = new OutputCollector(outputs -> { }, null);
            CellRunner.Outcome outcome = runner.run(index, cell.state().id(), code, collector, options.cellTimeout());
            notebook.setOutputs(cell, outcome.outputs(), outcome.executionCount());
            ran++;
            if (outcome.failure().isPresent()) {
                failures.add(outcome.failure().get());
                if (!options.allowErrors()) {
                    break;
                }
            }
        }
        return new Result(ran, List.copyOf(failures));
    }
}
