package dev.continuum.app.notebook;

import dev.continuum.launchers.kernel.KernelSession;
import dev.continuum.launchers.kernel.KernelStatus;
import dev.continuum.launchers.run.CellRunner;
import dev.continuum.launchers.run.KernelProvider;
import dev.continuum.launchers.run.NotebookSessions;
import dev.continuum.launchers.run.OutputCollector;
import dev.continuum.editor.completion.Suggestions;
import dev.continuum.notebook.Cell;
import dev.continuum.notebook.CellCode;
import dev.continuum.notebook.Notebook;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The notebook's running code as the window shows it: a queue of cells run one after another on
 * their languages' kernels (a thread of its own, never the UI thread), outputs streaming into the
 * cells as they come, interrupt and restart, the kernels' state for the status bar, and input the
 * code asks for.
 */
public final class NotebookKernels implements AutoCloseable {

    private final NotebookViewModel notebook;
    private final Executor ui;
    private final NotebookSessions sessions;
    private final CellRunner runner;
    private final ExecutorService queue;
    private final ConcurrentLinkedQueue<CellViewModel> waiting = new ConcurrentLinkedQueue<>();
    private final Map<String, KernelStatus> statuses = new TreeMap<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("none");
    private final ReadOnlyObjectWrapper<InputRequest> inputRequest = new ReadOnlyObjectWrapper<>();
    private volatile String runningLanguage;

    NotebookKernels(NotebookViewModel notebook, KernelProvider kernels, Executor ui) {
        this.notebook = notebook;
        this.ui = ui;
        this.sessions = new NotebookSessions(language -> {
            setStatus(language, KernelStatus.STARTING);
            KernelSession session = kernels.start(language);
            session.addStatusListener(now -> setStatus(language, now));
            setStatus(language, session.status());
            return session;
        });
        this.runner = new CellRunner(sessions);
        this.queue = Executors.newSingleThreadExecutor(work -> Thread.ofPlatform().daemon().name("continuum-cells").unstarted(work));
    }

    /** The kernels' state in a few words: "python: idle, java: busy", or "none" before any started. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The input the running code waits for, or null; the view answers it. */
    public ReadOnlyObjectProperty<InputRequest> inputRequestProperty() {
        return inputRequest.getReadOnlyProperty();
    }

    /** Queues code cells to run in this order; other cells are skipped. Call on the UI thread. */
    public void run(Collection<CellViewModel> cells) {
        for (CellViewModel cell : cells) {
            if (cell.state().type() != dev.continuum.notebook.CellType.CODE || cell.runStateProperty().get() != RunState.IDLE) {
                continue;
            }
            cell.setRunState(RunState.QUEUED);
            waiting.add(cell);
            queue.execute(this::runNext);
        }
    }

    /** Stops the running cell (its kernel stays, with its state) and drops the cells waiting to run. */
    public void interrupt() {
        List<CellViewModel> dropped = new ArrayList<>();
        for (CellViewModel cell; (cell = waiting.poll()) != null; ) {
            dropped.add(cell);
        }
        dropped.forEach(cell -> cell.setRunState(RunState.IDLE));
        String language = runningLanguage;
        if (language != null) {
            sessions.running(language).ifPresent(KernelSession::interrupt);
        }
    }

    /** Restarts every kernel: all their variables are gone, counts start again at 1. */
    public CompletableFuture<Void> restart() {
        interrupt();
        return CompletableFuture.allOf(sessions.all().values().stream().map(KernelSession::restart).toArray(CompletableFuture[]::new));
    }

    /**
     * Completions for {@code text} (a cell's editor text, with any {@code %%java} line) at
     * {@code caret}, from the kernel of the cell's language if it is running (none is started just
     * to complete, as in JupyterLab). Offsets are the editor's.
     */
    public CompletableFuture<Suggestions> complete(CellViewModel cell, String text, int caret) {
        String notebookLanguage = CellCode.notebookLanguage(notebook.notebook().metadata());
        CellCode code = CellCode.of(cell.state().withSource(text), notebookLanguage);
        int shift = text.length() - code.code().length(); // the magic line, when there is one
        if (caret < shift) {
            return CompletableFuture.completedFuture(Suggestions.NONE);
        }
        return sessions.running(code.language())
                .map(session -> session.complete(code.code(), caret - shift)
                        .thenApply(found -> new Suggestions(found.matches(), found.cursorStart() + shift, found.cursorEnd() + shift))
                        .exceptionally(error -> Suggestions.NONE))
                .orElseGet(() -> CompletableFuture.completedFuture(Suggestions.NONE));
    }

    /**
     * Shuts the kernels down on a thread of its own: a kernel may take seconds to stop and the UI
     * thread must not wait. Not a daemon thread, so the app does not exit before its kernels did.
     */
    @Override
    public void close() {
        waiting.clear();
        queue.shutdownNow();
        Thread.ofPlatform().name("continuum-kernels-shutdown").start(sessions::close);
    }

    private void runNext() {
        CellViewModel cell = waiting.poll();
        if (cell == null) {
            return; // interrupted before its turn
        }
        Notebook model = notebook.notebook();
        CellCode code = CellCode.of(cell.state(), CellCode.notebookLanguage(model.metadata()));
        Cell target = cell.cell();
        LatestOutputs latest = new LatestOutputs(target);
        OutputCollector[] collector = new OutputCollector[1];
        collector[0] = new OutputCollector(latest::offer, (prompt, password) -> {
            CompletableFuture<String> answer = new CompletableFuture<>();
            ui.execute(() -> inputRequest.set(new InputRequest(prompt, password, answer)));
            // The question and the answer stay in the outputs (a "stdin" stream, as JupyterLab
            // keeps them), a password masked; added before the kernel gets the answer.
            return answer.whenComplete((value, error) -> ui.execute(() -> inputRequest.set(null)))
                    .thenApply(value -> {
                        collector[0].output(new StreamOutput("stdin", prompt + (password ? "········" : value) + "\n"));
                        return value;
                    });
        });
        ui.execute(() -> {
            cell.setRunState(RunState.RUNNING);
            if (model.indexOf(target) >= 0) {
                model.setOutputs(target, List.of(), target.state().executionCount());
            }
        });
        runningLanguage = code.language();
        long started = System.nanoTime();
        CellRunner.Outcome outcome;
        try {
            outcome = runner.run(model.indexOf(target), target.state().id(), code, collector[0], null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            runningLanguage = null;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        ui.execute(() -> {
            if (model.indexOf(target) >= 0) {
                model.setOutputs(target, outcome.outputs(), outcome.executionCount());
            }
            cell.setLastRunTime(took);
            cell.setRunState(RunState.IDLE);
            // A kernel that would not start, died or timed out leaves no error output: say it here.
            outcome.failure().filter(failure -> outcome.outputs().stream().noneMatch(dev.continuum.notebook.ErrorOutput.class::isInstance))
                    .ifPresent(failure -> notebook.showMessage(failure.describe()));
        });
    }

    private void setStatus(String language, KernelStatus now) {
        ui.execute(() -> {
            statuses.put(language, now);
            status.set(statuses.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue().name().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        });
    }

    /** Hands outputs to the UI thread, at most one update waiting at a time: a chatty cell cannot flood it. */
    private final class LatestOutputs {
        private final Cell target;
        private final AtomicReference<List<Output>> pending = new AtomicReference<>();

        LatestOutputs(Cell target) {
            this.target = target;
        }

        void offer(List<Output> outputs) {
            if (pending.getAndSet(outputs) == null) {
                ui.execute(() -> {
                    List<Output> now = pending.getAndSet(null);
                    Notebook model = notebook.notebook();
                    if (now != null && model.indexOf(target) >= 0) {
                        model.setOutputs(target, now, target.state().executionCount());
                    }
                });
            }
        }
    }
}
