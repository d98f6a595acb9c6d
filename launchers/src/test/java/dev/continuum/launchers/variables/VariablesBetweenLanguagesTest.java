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

    @Test
    void pythonValuesArriveInJavaTypedAndComeBack() throws Exception {
        Notebook notebook = notebook("""
                n = 7
                x = 1.25
                s = 'ünï "x"'
                flag = False
                none = None
                xs = [1, 2.0, 'a', None, [True], (3, 4)]
                d = {'b': 1, 'a': {'c': [1, 2]}}
                big = 2 ** 62
                """, """
                %%java
                System.out.println((n + 1) + " " + (x * 2) + " " + s + " " + !flag + " " + none);
                System.out.println(xs + " " + d + " " + d.keySet() + " " + (big + 1));
                System.out.println(((Object) n).getClass().getSimpleName() + " " + xs.get(1).getClass().getSimpleName()
                        + " " + xs.getClass().getSimpleName() + " " + d.getClass().getSimpleName());
                xs.add("java");
                d.put("j", 3.5);
                long n2 = n * 2;
                """, """
                print(xs, d, n2, type(n2).__name__)
                """, """
                %%java
                System.out.println(n + n2);
                """);

        NotebookRun.Result result = run(notebook);

        assertRan(result, notebook);
        assertThat(stdout(notebook, 1)).isEqualTo("""
                8 2.5 ünï "x" true null
                [1, 2.0, a, null, [true], [3, 4]] {b=1, a={c=[1, 2]}} [b, a] 4611686018427387905
                Long Double ArrayList LinkedHashMap
                """);
        assertThat(stdout(notebook, 2)).isEqualTo(
                "[1, 2.0, 'a', None, [True], [3, 4], 'java'] {'b': 1, 'a': {'c': [1, 2]}, 'j': 3.5} 14 int\n");
        assertThat(notebook.cell(1).state().executionCount()).isEqualTo(1);
        assertThat(notebook.cell(2).state().executionCount()).isEqualTo(2);
        // Eight values into Java, three back; Java's copy of n is current, so the last cell carries nothing.
        assertThat(stdout(notebook, 3)).isEqualTo("21\n");
        assertThat(sessions.variables().valuesCarried()).isEqualTo(11);
    }

    @Test
    void numpyArraysBecomeJavaArraysAndComeBackAsNumpyArrays() throws Exception {
        Notebook notebook = notebook("""
                import numpy as np
                v = np.array([1.5, -2.5, float('inf')])
                m = np.arange(6, dtype=np.float32).reshape(2, 3)
                iv = np.array([1, 2, 3], dtype=np.int32)
                total = iv.sum()
                """, """
                %%java
                System.out.println(Arrays.toString(v) + " " + Arrays.deepToString(m) + " " + Arrays.toString(iv) + " " + total);
                double[] w = {v[0] * 2, Double.NaN};
                double[][] t = {{1, 2}, {3, 4}, {5, 6}};
                long[] counts = {1L << 40, -1};
                int[] ints = {4, 5};
                """, """
                print(type(w).__name__, w.dtype, w[0], np.isnan(w[1]), t.shape, t.dtype, t[2].tolist())
                print(counts.dtype, counts.tolist(), ints.dtype, ints.tolist())
                """);

        NotebookRun.Result result = run(notebook);

        assertRan(result, notebook);
        assertThat(stdout(notebook, 1)).isEqualTo("[1.5, -2.5, Infinity] [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]] [1, 2, 3] 6\n");
        assertThat(stdout(notebook, 2)).isEqualTo("""
                ndarray float64 3.0 True (3, 2) float64 [5.0, 6.0]
                int64 [1099511627776, -1] int64 [4, 5]
                """);
    }

    @Test
    void theLastLanguageToDefineANameWins() throws Exception {
        Notebook notebook = notebook("""
                x = 1
                """, """
                %%java
                long x = 2;
                """, """
                print(x)
                x = 'three'
                """, """
                %%java
                System.out.println(x);
                """, """
                x += '!'
                print(x)
                """);

        NotebookRun.Result result = run(notebook);

        assertRan(result, notebook);
        assertThat(stdout(notebook, 2)).isEqualTo("2\n");
        assertThat(stdout(notebook, 3)).isEqualTo("three\n");
        assertThat(stdout(notebook, 4)).isEqualTo("three!\n");
        assertThat(sessions.variables().owners()).containsEntry("x", "python");
    }

    @Test
    void aValueThatCannotBeCarriedFailsTheReadingCellNamingItAndBothLanguages() throws Exception {
        Notebook javaThread = notebook("""
                %%java
                Thread worker = new Thread(() -> { });
                """, """
                ok = 1
                print(worker)
                """, """
                print('not reached')
                """);

        NotebookRun.Result result = run(javaThread);

        assertThat(result.firstFailure()).hasValueSatisfying(failure -> {
            assertThat(failure.index()).isEqualTo(1);
            assertThat(failure.ename()).isEqualTo("VariableTransferError");
            assertThat(failure.evalue()).contains("worker").contains("from Java to Python").contains("java.lang.Thread");
        });
        assertThat(javaThread.cell(1).state().outputs()).singleElement().isInstanceOfSatisfying(ErrorOutput.class,
                error -> assertThat(error.ename()).isEqualTo("VariableTransferError"));
        assertThat(javaThread.cell(1).state().executionCount()).isNull();
        assertThat(javaThread.cell(2).state().executionCount()).isNull();

        NotebookRun.Result javaKeys = run(notebook("""
                %%java
                Map<Integer, String> byNumber = Map.of(1, "one");
                """, """
                byNumber
                """));
        assertThat(javaKeys.firstFailure()).hasValueSatisfying(failure -> assertThat(failure.evalue())
                .contains("cannot carry byNumber from Java to Python").contains("key that is not a string (1, a java.lang.Integer)"));

        Notebook pythonValues = notebook("""
                def f():
                    return 1
                keyed = {1: 'one'}
                """, """
                %%java
                Object g = f;
                """);
        NotebookRun.Result function = run(pythonValues);
        assertThat(function.firstFailure()).hasValueSatisfying(failure -> assertThat(failure.evalue())
                .contains("cannot carry f from Python to Java").contains("function"));

        NotebookRun.Result keys = run(notebook("""
                %%java
                System.out.println(keyed);
                """));
        assertThat(keys.firstFailure()).hasValueSatisfying(failure -> assertThat(failure.evalue())
                .contains("cannot carry keyed from Python to Java").contains("key that is not a string"));
    }

    @Test
    void aCellReadingNoForeignNameCarriesNothingAndCountsStayTheKernels() throws Exception {
        Notebook notebook = notebook("""
                a = [1, 2]
                """, """
                %%java
                long b = 2;
                String text = "a";
                """, """
                a.append(3)
                print(len(a), 'text')
                """, """
                %%java
                System.out.println(b + text.length());
                """, """
                a
                """);

        NotebookRun.Result result = run(notebook);

        assertRan(result, notebook);
        assertThat(sessions.variables().valuesCarried()).isZero();
        assertThat(notebook.cell(0).state().executionCount()).isEqualTo(1);
        assertThat(notebook.cell(2).state().executionCount()).isEqualTo(2);
        assertThat(notebook.cell(4).state().executionCount()).isEqualTo(3);
        assertThat(notebook.cell(3).state().executionCount()).isEqualTo(2);
        assertThat(stdout(notebook, 2)).isEqualTo("3 text\n");
        assertThat(notebook.cell(4).state().outputs()).singleElement().satisfies(output ->
                assertThat(output.outputType()).isEqualTo("execute_result"));
        assertThat(sessions.variables().owners()).containsEntry("a", "python").containsEntry("b", "java");
    }

    @Test
    void aRestartedKernelsDefinitionsAreForgotten() throws Exception {
        Notebook notebook = notebook("""
                x = 5
                """, """
                %%java
                long y = x + 1;
                """);
        assertRan(run(notebook), notebook);
        assertThat(sessions.variables().owners()).containsEntry("x", "python").containsEntry("y", "java");

        sessions.restart("python").get();

        assertThat(sessions.variables().owners()).doesNotContainKey("x").containsEntry("y", "java");
        // Java keeps the copy of x it was given; asking the restarted Python kernel for x would fail the cell.
        Notebook after = notebook("""
                %%java
                System.out.println(x);
                """, """
                print(y)
                """, """
                x
                """);
        NotebookRun.Result result = run(after);
        assertThat(stdout(after, 0)).isEqualTo("5\n");
        assertThat(stdout(after, 1)).isEqualTo("6\n");
        assertThat(result.firstFailure()).hasValueSatisfying(failure -> {
            assertThat(failure.index()).isEqualTo(2);
            assertThat(failure.ename()).isEqualTo("NameError");
        });
        assertThat(sessions.variables().valuesCarried()).isEqualTo(2);
    }
}
