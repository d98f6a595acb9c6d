package dev.continuum.launchers.variables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.launchers.jshell.JShellConfig;
import dev.continuum.launchers.jshell.JShellSession;
import dev.continuum.launchers.jupyter.JupyterKernels;
import dev.continuum.launchers.jupyter.SessionOptions;
import dev.continuum.launchers.run.CellFailure;
import dev.continuum.launchers.run.InstalledKernels;
import dev.continuum.launchers.run.NotebookRun;
import dev.continuum.launchers.run.NotebookSessions;
import dev.continuum.notebook.CellState;
import dev.continuum.notebook.CellType;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.FormatVersion;
import dev.continuum.notebook.Notebook;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import dev.continuum.notebook.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Variables carried between Java and Python cells of one notebook, on the real kernels (JShell
 * and Debian's ipykernel with numpy), run as {@code ./continuum run} runs a notebook.
 */
class VariablesBetweenLanguagesTest {

    final InstalledKernels kernels = new InstalledKernels(JupyterKernels.installed(), VariablesBetweenLanguagesTest::jshell,
            Optional.empty(), SessionOptions.defaults());
    final NotebookSessions sessions = new NotebookSessions(kernels);

    @AfterEach
    void closeKernels() {
        sessions.close();
    }

    private static JShellSession jshell() {
        try {
            return JShellSession.start(JShellConfig.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cells in Python unless they start with {@code %%java}. */
    private static Notebook notebook(String... sources) {
        List<CellState> cells = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            cells.add(CellState.of("c" + i, CellType.CODE, sources[i]));
        }
        return new Notebook(new FormatVersion(4, 5), JsonObject.EMPTY, cells, JsonObject.EMPTY);
    }

    private NotebookRun.Result run(Notebook notebook) throws InterruptedException {
        return new NotebookRun(sessions, new NotebookRun.Options(Duration.ofSeconds(60), false), progress -> { })
                .runAll(notebook);
    }

    private static String stdout(Notebook notebook, int index) {
        StringBuilder text = new StringBuilder();
        for (Output output : notebook.cell(index).state().outputs()) {
            if (output instanceof StreamOutput stream && stream.name().equals("stdout")) {
                text.append(stream.text());
            }
        }
        return text.toString();
    }

    private static void assertRan(NotebookRun.Result result, Notebook notebook) {
        assertThat(result.firstFailure()).as(() -> result.firstFailure().map(CellFailure::describe).orElse("")
                + " " + result.firstFailure().map(f -> notebook.cell(f.index()).state().outputs().toString()).orElse(""))
                .isEmpty();
    }

    @Test
    void javaValuesArriveInPythonExactly() throws Exception {
        Notebook notebook = notebook("""
                %%java
                long n = 42;
                int small = -7;
                double d = 2.5;
                String s = "héllo \\"q\\"\\n\\t😀";
                boolean b = true;
                Object nothing = null;
                List<Object> items = new ArrayList<>(List.of(1L, "two", 3.5, false));
                items.add(null);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("z", 1L);
                m.put("a", List.of(1, 2));
                m.put("n", Map.of("k", "v"));
                double nan = Double.NaN;
                """, """
                print(repr((n, small, d, s, b, nothing, items, m, list(m))))
                print([type(v).__name__ for v in (n, small, d, s, b, nothing, items, m)], nan != nan)
                """);

        NotebookRun.Result result = run(notebook);

        assertRan(result, notebook);
        assertThat(stdout(notebook, 1)).isEqualTo("""
                (42, -7, 2.5, 'héllo "q"\\n\\t😀', True, None, [1, 'two', 3.5, False, None], {'z': 1, 'a': [1, 2], 'n': {'k': 'v'}}, ['z', 'a', 'n'])
                ['int', 'int', 'float', 'str', 'bool', 'NoneType', 'list', 'dict'] True
                """);
        assertThat(notebook.cell(1).state().executionCount()).isEqualTo(1);
        assertThat(sessions.variables().valuesCarried()).isEqualTo(9);
    }
}
