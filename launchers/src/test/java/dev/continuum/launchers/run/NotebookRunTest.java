package dev.continuum.launchers.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.continuum.launchers.jupyter.JupyterKernels;
import dev.continuum.launchers.jupyter.SessionOptions;
import dev.continuum.notebook.CellState;
import dev.continuum.notebook.CellType;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.ExecuteResultOutput;
import dev.continuum.notebook.FormatVersion;
import dev.continuum.notebook.Notebook;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import dev.continuum.notebook.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whole notebooks run on the real ipykernel, as {@code jupyter nbconvert --execute} runs them. */
class NotebookRunTest {

    final InstalledKernels kernels = new InstalledKernels(JupyterKernels.installed(),
            () -> { throw new UnsupportedOperationException("no Java in this test"); }, Optional.empty(), SessionOptions.defaults());
    final NotebookSessions sessions = new NotebookSessions(kernels);
    final List<NotebookRun.Progress> progress = new ArrayList<>();

    @AfterEach
    void closeKernels() {
        sessions.close();
    }

    private static Notebook notebook(String... sources) {
        List<CellState> cells = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            boolean markdown = sources[i].startsWith("#md ");
            cells.add(CellState.of("c" + i, markdown ? CellType.MARKDOWN : CellType.CODE, markdown ? sources[i].substring(4) : sources[i]));
        }
        return new Notebook(new FormatVersion(4, 5), JsonObject.EMPTY, cells, JsonObject.EMPTY);
    }

    private NotebookRun.Result run(Notebook notebook, Duration timeout, boolean allowErrors) throws InterruptedException {
        return new NotebookRun(sessions, new NotebookRun.Options(timeout, allowErrors), progress::add).runAll(notebook);
    }

    private static List<Output> outputs(Notebook notebook, int index) {
        return notebook.cell(index).state().outputs();
    }

    @Test
    void cellsRunInOrderWithTheirOutputsAndCountsAndStreamsJoined() throws Exception {
        Notebook notebook = notebook("x = 20\nprint('a')\nprint('b')", "#md a note", "   ", "x * 2 + 2");

        NotebookRun.Result result = run(notebook, null, false);

        assertThat(result.cellsRun()).isEqualTo(2);
        assertThat(result.firstFailure()).isEmpty();
        assertThat(outputs(notebook, 0)).containsExactly(new StreamOutput("stdout", "a\nb\n"));
        assertThat(notebook.cell(0).state().executionCount()).isEqualTo(1);
        assertThat(notebook.cell(2).state().executionCount()).isNull();
        assertThat(outputs(notebook, 3)).singleElement().isInstanceOfSatisfying(ExecuteResultOutput.class, result3 -> {
            assertThat(result3.executionCount()).isEqualTo(2);
            assertThat(result3.data().text("text/plain")).hasValue("42");
        });
        assertThat(progress).extracting(NotebookRun.Progress::index).containsExactly(0, 3);
    }

    @Test
    void theRunStopsAtTheFirstErrorNamingTheCellUnlessErrorsAreAllowed() throws Exception {
        Notebook notebook = notebook("a = 1", "{}['missing']", "b = 2");

        NotebookRun.Result stopped = run(notebook, null, false);

        assertThat(stopped.firstFailure()).hasValueSatisfying(failure -> {
            assertThat(failure.index()).isEqualTo(1);
            assertThat(failure.cellId()).isEqualTo("c1");
            assertThat(failure.ename()).isEqualTo("KeyError");
            assertThat(failure.describe()).contains("cell 1").contains("c1").contains("KeyError").contains("missing");
        });
        assertThat(outputs(notebook, 1)).singleElement().isInstanceOf(ErrorOutput.class);
        assertThat(notebook.cell(2).state().executionCount()).isNull();

        NotebookRun.Result allowed = run(notebook, null, true);
        assertThat(allowed.cellsRun()).isEqualTo(3);
        assertThat(allowed.failures()).hasSize(1);
        assertThat(notebook.cell(2).state().executionCount()).isNotNull();
    }

    @Test
    void aCellPastItsTimeLimitIsInterruptedAndTheKernelKeepsItsState() throws Exception {
        Notebook notebook = notebook("kept = 'yes'", "while True:\n    pass", "kept");

        NotebookRun.Result result = run(notebook, Duration.ofSeconds(2), true);

        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.index()).isEqualTo(1);
            assertThat(failure.ename()).isEqualTo("CellTimeoutError");
            assertThat(failure.evalue()).contains("2 s");
        });
        assertThat(outputs(notebook, 2)).singleElement().isInstanceOfSatisfying(ExecuteResultOutput.class,
                value -> assertThat(value.data().text("text/plain")).hasValue("'yes'"));
    }

    @Test
    void clearOutputAndDisplayUpdatesLeaveWhatJupyterKeeps() throws Exception {
        Notebook notebook = notebook(
                "from IPython.display import clear_output, display\nprint('old')\nclear_output(wait=True)\nprint('new')",
                "h = display('first', display_id=True)\nprint('between')\nh.update('second')");

        run(notebook, null, false);

        assertThat(outputs(notebook, 0)).containsExactly(new StreamOutput("stdout", "new\n"));
        assertThat(outputs(notebook, 1)).hasSize(2);
        assertThat(outputs(notebook, 1).get(0)).isInstanceOfSatisfying(DisplayDataOutput.class,
                shown -> assertThat(shown.data().text("text/plain")).hasValue("'second'"));
        assertThat(outputs(notebook, 1).get(1)).isEqualTo(new StreamOutput("stdout", "between\n"));
    }

    @Test
    void aDeadKernelFailsItsCellAndTheNextRunStartsAFreshOne() throws Exception {
        Notebook notebook = notebook("import os\nos._exit(3)");

        assertThat(run(notebook, Duration.ofSeconds(30), false).firstFailure()).hasValueSatisfying(failure ->
                assertThat(failure.ename()).isEqualTo("DeadKernelError"));

        Notebook next = notebook("1 + 1");
        assertThat(run(next, Duration.ofSeconds(30), false).firstFailure()).isEmpty();
        assertThat(next.cell(0).state().executionCount()).isEqualTo(1);
    }

    @Test
    void aLanguageWithoutAKernelFailsItsCellSayingWhatIsInstalled() throws Exception {
        Notebook notebook = notebook("%%python\n1", "x <- 1");
        Notebook r = new Notebook(new FormatVersion(4, 5), JsonObject.of("kernelspec",
                JsonObject.of("language", new dev.continuum.notebook.json.JsonString("R"))), List.of(
                notebook.cell(0).state(), notebook.cell(1).state()), JsonObject.EMPTY);

        NotebookRun.Result result = run(r, Duration.ofSeconds(30), true);

        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.index()).isEqualTo(1);
            assertThat(failure.ename()).isEqualTo("KernelStartError");
            assertThat(failure.evalue()).contains("no Jupyter kernel for r").contains("python3 (python)");
        });
        assertThat(r.cell(0).state().executionCount()).isEqualTo(1);
    }

    @Test
    void theKernelTheNotebookNamesIsUsedAndAMissingOneIsNamed() throws Exception {
        assertThat(kernels.specFor("python").name()).isEqualTo("python3");
        InstalledKernels missing = new InstalledKernels(JupyterKernels.installed(), () -> null, Optional.of("no-such-kernel"),
                SessionOptions.defaults());
        assertThatThrownBy(() -> missing.specFor("python")).hasMessageContaining("no-such-kernel").hasMessageContaining("python3");
        InstalledKernels ijava = new InstalledKernels(JupyterKernels.installed(), () -> null, Optional.of("java"), SessionOptions.defaults());
        assertThat(ijava.specFor("python").name()).isEqualTo("python3");
    }
}
