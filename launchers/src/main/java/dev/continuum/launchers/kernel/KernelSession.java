package dev.continuum.launchers.kernel;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A running kernel a notebook talks to: a JShell whose code executes in another JVM, or any Jupyter
 * kernel over the Jupyter messaging protocol. Requests are asynchronous; outputs of an execution
 * stream to its {@link ExecutionListener} as the kernel produces them.
 */
public interface KernelSession extends AutoCloseable {

    /** What the kernel says about itself (language, versions, banner). */
    KernelInfo info();

    KernelStatus status();

    /** Called on every status change, on a session thread. */
    void addStatusListener(Consumer<KernelStatus> listener);

    /**
     * Runs code. Requests queue in order, as a Jupyter kernel's shell channel does. The future
     * completes when the kernel has finished the code (successfully or not); it completes
     * exceptionally with {@link KernelDiedException} if the kernel dies meanwhile.
     */
    CompletableFuture<ExecuteReply> execute(ExecuteRequest request, ExecutionListener listener);

    /** Stops the running execution (even a tight loop); the kernel stays alive with its state. */
    void interrupt();

    /** Starts a fresh kernel: all state is lost, the execution count starts again at 1. */
    CompletableFuture<Void> restart();

    CompletableFuture<Completion> complete(String code, int cursor);

    CompletableFuture<Inspection> inspect(String code, int cursor, int detailLevel);

    CompletableFuture<IsComplete> isComplete(String code);

    /** The count the last execution that asked for one got (0 before any). */
    int executionCount();

    /** Shuts the kernel down and frees its process and sockets; never throws. */
    @Override
    void close();
}
