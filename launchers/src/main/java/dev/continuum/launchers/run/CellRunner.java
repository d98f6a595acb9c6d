package dev.continuum.launchers.run;

import dev.continuum.launchers.kernel.ExecuteReply;
import dev.continuum.launchers.kernel.ExecuteRequest;
import dev.continuum.launchers.kernel.KernelDiedException;
import dev.continuum.launchers.kernel.KernelSession;
import dev.continuum.launchers.variables.VariableBridge;
import dev.continuum.launchers.variables.VariableTransferException;
import dev.continuum.notebook.CellCode;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.Output;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one cell's code on its language's kernel and waits for it, with an optional time limit: a
 * cell past its limit is interrupted (as nbclient does) and reported as timed out. Variables the
 * cell reads from another language's kernel are carried over first (a value that cannot be fails
 * the cell before it runs, with a {@code VariableTransferError}), and what it defined is noted
 * afterwards; see {@link VariableBridge}.
 */
public final class CellRunner {

    private static final System.Logger LOG = System.getLogger(CellRunner.class.getName());
    /** How long an interrupted cell may take to stop before its kernel is given up. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final NotebookSessions sessions;

    public CellRunner(NotebookSessions sessions) {
        this.sessions = sessions;
    }

    /** What a run gave: the execution count (null if none), the outputs, and the failure if any. */
    public record Outcome(Integer executionCount, List<Output> outputs, Optional<CellFailure> failure) {
    }

    /**
     * Runs {@code code}; outputs go to {@code collector} as they come.
     *
     * @param timeout no limit when null
     */
    public Outcome run(int index, String cellId, CellCode code, OutputCollector collector, Duration timeout)
            throws InterruptedException {
        KernelSession session;
        try {
            session = sessions.session(code.language());
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return failed(index, cellId, collector, "KernelStartError",
                    "cannot start a " + code.language() + " kernel: " + e.getMessage());
        }
        VariableBridge variables = sessions.variables();
        try {
            variables.beforeCell(code.language(), code.code(), timeout);
        } catch (VariableTransferException e) {
            return refused(index, cellId, collector, e);
        } catch (RuntimeException e) {
            return refused(index, cellId, collector, new VariableTransferException(
                    "cannot carry variables into this " + code.language() + " cell: " + e, e));
        }
        var reply = session.execute(ExecuteRequest.cell(code.code()), collector);
        try {
            ExecuteReply done = timeout == null ? reply.get() : reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Integer count = done.executionCount() > 0 ? done.executionCount() : null;
            noteDefinitions(variables, code.language(), timeout);
            if (done.ok()) {
                return new Outcome(count, collector.outputs(), Optional.empty());
            }
            ErrorOutput error = done.error().orElseGet(() -> lastError(collector.outputs()));
            return new Outcome(count, collector.outputs(), Optional.of(new CellFailure(index, cellId,
                    error == null ? done.status().name() : error.ename(), error == null ? "" : error.evalue())));
        } catch (TimeoutException e) {
            variables.markUnswept(code.language());
            session.interrupt();
            try {
                reply.get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException stillRunning) {
                sessions.forget(code.language());
            }
            return failed(index, cellId, collector, "CellTimeoutError",
                    "the cell did not finish within " + timeout.toSeconds() + " s and was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof KernelDiedException died) {
                sessions.forget(code.language());
                return failed(index, cellId, collector, "DeadKernelError", died.getMessage());
            }
            return failed(index, cellId, collector, e.getCause().getClass().getSimpleName(), String.valueOf(e.getCause().getMessage()));
        }
    }

    /** What the cell defined, for later cells in other languages; a failure here does not fail the cell. */
    private static void noteDefinitions(VariableBridge variables, String language, Duration timeout)
            throws InterruptedException {
        try {
            variables.afterCell(language, timeout);
        } catch (RuntimeException e) {
            variables.markUnswept(language);
            LOG.log(System.Logger.Level.WARNING, "could not note the variables a " + language + " cell defined", e);
        }
    }

    /** The cell needs a variable that cannot be carried: it does not run, and shows why as an error. */
    private static Outcome refused(int index, String cellId, OutputCollector collector, VariableTransferException e) {
        ErrorOutput error = e.toOutput();
        collector.output(error);
        return failed(index, cellId, collector, error.ename(), error.evalue());
    }

    private static Outcome failed(int index, String cellId, OutputCollector collector, String ename, String evalue) {
        return new Outcome(null, collector.outputs(), Optional.of(new CellFailure(index, cellId, ename, evalue)));
    }

    private static ErrorOutput lastError(List<Output> outputs) {
        for (int i = outputs.size() - 1; i >= 0; i--) {
            if (outputs.get(i) instanceof ErrorOutput error) {
                return error;
            }
        }
        return null;
    }
}
