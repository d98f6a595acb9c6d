package dev.continuum.app.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.app.ui.BackgroundTasks;
import dev.continuum.ipynb.NotebookDocument;
import dev.continuum.launchers.run.Kernels;
import dev.continuum.notebook.CellState;
import dev.continuum.notebook.CellType;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.FormatVersion;
import dev.continuum.notebook.Notebook;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import dev.continuum.notebook.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Running cells from the notebook's view-model on real kernels (ipykernel, JShell), with a single
 * thread standing in for the JavaFX application thread.
 */
class NotebookKernelsTest {

    final ExecutorService uiThread = Executors.newSingleThreadExecutor();
    NotebookViewModel vm;

    @AfterEach
    void tearDown() throws Exception {
        if (vm != null) {
            onUi(() -> {
                vm.shutdown();
                return null;
            });
        }
        uiThread.shutdownNow();
    }

    private void open(String... sources) throws Exception {
        List<CellState> cells = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            cells.add(CellState.of("c" + i, CellType.CODE, sources[i]));
        }
        Notebook notebook = new Notebook(new FormatVersion(4, 5), JsonObject.EMPTY, cells, JsonObject.EMPTY);
        vm = onUi(() -> new NotebookViewModel(NotebookDocument.untitled(notebook), true,
                new BackgroundTasks(Runnable::run, uiThread), Kernels.forNotebook(JsonObject.EMPTY, Optional.empty(), Path.of("."))));
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return uiThread.submit(work).get(60, TimeUnit.SECONDS);
    }

    /** Waits (up to a minute) until {@code condition}, read on the UI thread, holds. */
    private void eventually(Supplier<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!onUi(condition::get)) {
            assertThat(System.nanoTime()).as("timed out waiting").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private CellViewModel cell(int index) throws Exception {
        return onUi(() -> vm.cells().get(index));
    }

    private List<Output> outputs(int index) throws Exception {
        return onUi(() -> vm.cells().get(index).state().outputs());
    }

    @Test
    void shiftEnterRunsTheCellStreamingItsOutputAndMovesOn() throws Exception {
        open("import time\nprint('first', flush=True)\ntime.sleep(1.5)\nprint('second')", "x = 1");
        List<RunState> states = new ArrayList<>();
        onUi(() -> {
            vm.cells().get(0).runStateProperty().addListener((obs, old, now) -> states.add(now));
            vm.select(0);
            vm.runActive(true, false);
            return null;
        });
        assertThat(onUi(() -> vm.activeIndexProperty().get())).isEqualTo(1);

        eventually(() -> vm.cells().get(0).state().outputs().equals(List.of(new StreamOutput("stdout", "first\n"))));
        assertThat(cell(0).runStateProperty().get()).isEqualTo(RunState.RUNNING);
        assertThat(onUi(() -> vm.cells().get(0).prompt())).isEqualTo("[*]:");
        assertThat(onUi(() -> vm.kernels().statusProperty().get())).isEqualTo("python: busy");

        eventually(() -> vm.cells().get(0).runStateProperty().get() == RunState.IDLE);
        assertThat(outputs(0)).containsExactly(new StreamOutput("stdout", "first\nsecond\n"));
        assertThat(onUi(() -> vm.cells().get(0).prompt())).isEqualTo("[1]:");
        assertThat(cell(0).lastRunTimeProperty().get()).isGreaterThan(Duration.ofMillis(1400));
        assertThat(states).containsExactly(RunState.QUEUED, RunState.RUNNING, RunState.IDLE);
        assertThat(onUi(() -> vm.dirtyProperty().get())).isTrue();
    }

    @Test
    void runAllRunsPythonAndJavaCellsEachOnItsKernel() throws Exception {
        open("print(6 * 7)", "%%java\nSystem.out.println(\"java \" + Runtime.version().feature());");
        onUi(() -> {
            vm.runAll();
            return null;
        });

        eventually(() -> vm.cells().stream().allMatch(c -> c.state().executionCount() != null
                && c.runStateProperty().get() == RunState.IDLE));
        assertThat(outputs(0)).containsExactly(new StreamOutput("stdout", "42\n"));
        assertThat(outputs(1)).singleElement().isInstanceOfSatisfying(StreamOutput.class,
                out -> assertThat(out.text()).startsWith("java "));
        assertThat(onUi(() -> vm.kernels().statusProperty().get())).isEqualTo("java: idle, python: idle");
    }

    @Test
    void interruptStopsTheRunningCellAndDropsTheQueuedOnes() throws Exception {
        open("print('looping', flush=True)\nwhile True:\n    pass", "queued = 1");
        onUi(() -> {
            vm.runAll();
            return null;
        });
        // Interrupted once the loop surely runs: a SIGINT that arrives before the code starts is lost.
        eventually(() -> !vm.cells().get(0).state().outputs().isEmpty());
        onUi(() -> {
            vm.interrupt();
            return null;
        });

        eventually(() -> vm.cells().get(0).runStateProperty().get() == RunState.IDLE);
        assertThat(outputs(0)).last().isInstanceOfSatisfying(ErrorOutput.class,
                error -> assertThat(error.ename()).isEqualTo("KeyboardInterrupt"));
        assertThat(cell(1).runStateProperty().get()).isEqualTo(RunState.IDLE);
        assertThat(cell(1).state().executionCount()).isNull();
    }

    @Test
    void inputIsAskedForAndTheAnswerReachesTheCode() throws Exception {
        open("name = input('Who? ')\nprint('hello, ' + name)");
        onUi(() -> {
            vm.runAll();
            return null;
        });

        eventually(() -> vm.kernels().inputRequestProperty().get() != null);
        InputRequest asked = onUi(() -> vm.kernels().inputRequestProperty().get());
        assertThat(asked.prompt()).isEqualTo("Who? ");
        assertThat(asked.password()).isFalse();
        asked.answer().complete("Ada");

        eventually(() -> vm.cells().get(0).runStateProperty().get() == RunState.IDLE);
        assertThat(outputs(0)).containsExactly(new StreamOutput("stdin", "Who? Ada\n"), new StreamOutput("stdout", "hello, Ada\n"));
        assertThat(onUi(() -> vm.kernels().inputRequestProperty().get())).isNull();
    }

    @Test
    void restartForgetsEveryVariable() throws Exception {
        open("secret = 7", "print(secret)");
        onUi(() -> {
            vm.select(0);
            vm.runActive(false, false);
            return null;
        });
        eventually(() -> vm.cells().get(0).state().executionCount() != null);
        onUi(() -> {
            vm.restartKernels();
            return null;
        });
        eventually(() -> vm.messageProperty().get().equals("Kernels restarted"));
        onUi(() -> {
            vm.select(1);
            vm.runActive(false, false);
            return null;
        });

        eventually(() -> vm.cells().get(1).state().executionCount() != null);
        assertThat(outputs(1)).singleElement().isInstanceOfSatisfying(ErrorOutput.class,
                error -> assertThat(error.ename()).isEqualTo("NameError"));
        assertThat(cell(1).state().executionCount()).isEqualTo(1);
    }

    @Test
    void completionComesFromTheRunningKernelOfTheCellsLanguage() throws Exception {
        open("import os", "%%java\nString greeting = \"hi\";");
        CellViewModel python = cell(0);
        CellViewModel java = cell(1);
        assertThat(onUi(() -> vm.kernels().complete(python, "os.pa", 5)).get().matches())
                .as("no kernel runs yet: nothing is started just to complete").isEmpty();
        onUi(() -> {
            vm.runAll();
            return null;
        });
        eventually(() -> vm.cells().stream().allMatch(c -> c.state().executionCount() != null));

        var fromPython = onUi(() -> vm.kernels().complete(python, "os.pa", 5)).get();
        assertThat(fromPython.matches()).contains("path");
        assertThat(fromPython.start()).isEqualTo(3);
        assertThat(fromPython.end()).isEqualTo(5);

        String javaText = "%%java\ngreeting.subs";
        var fromJava = onUi(() -> vm.kernels().complete(java, javaText, javaText.length())).get();
        assertThat(fromJava.matches()).anySatisfy(m -> assertThat(m).startsWith("substring"));
        assertThat(javaText.substring(fromJava.start(), fromJava.end())).isEqualTo("subs");
    }
}
