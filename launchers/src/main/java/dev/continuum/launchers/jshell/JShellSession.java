package dev.continuum.launchers.jshell;

import dev.continuum.launchers.kernel.Completion;
import dev.continuum.launchers.kernel.ExecuteReply;
import dev.continuum.launchers.kernel.ExecuteRequest;
import dev.continuum.launchers.kernel.ExecutionListener;
import dev.continuum.launchers.kernel.Inspection;
import dev.continuum.launchers.kernel.IsComplete;
import dev.continuum.launchers.kernel.KernelDiedException;
import dev.continuum.launchers.kernel.KernelInfo;
import dev.continuum.launchers.kernel.KernelSession;
import dev.continuum.launchers.kernel.KernelStatus;
import dev.continuum.launchers.kernel.VariableAccess;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.ExecuteResultOutput;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Java kernel: JShell compiles here, and cells execute in a separate agent JVM, so a runaway
 * cell never freezes the app and {@link #interrupt()} stops even a tight loop. Start one with
 * {@link #start(JShellConfig)}.
 *
 * <p>Requests run one at a time, in order, on the session's own thread; listeners (outputs, input
 * requests, status) are called on a second session thread, in the order things happened, and an
 * execution's future completes after its last output was delivered.
 *
 * <p>As a {@link VariableAccess} it lets a notebook carry variables to and from its other
 * languages' kernels; those requests queue with the executions and count as none.
 */
public final class JShellSession implements KernelSession, VariableAccess {

    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private static final Duration INTERRUPT_RETRY = Duration.ofMillis(200);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(3);

    /** One execute request while it runs. */
    private static final class Execution {
        final ExecuteRequest request;
        final ExecutionListener listener;
        volatile boolean interrupted;

        Execution(ExecuteRequest request, ExecutionListener listener) {
            this.request = request;
            this.listener = listener;
        }
    }

    private final JShellConfig config;
    private final ExecutorService worker;
    private final ScheduledExecutorService events;
    private final OutputRouter router;
    private final StdinBridge stdin;
    private final SnippetOrigins origins = new SnippetOrigins();
    private final MavenArtifacts maven;
    private final List<Consumer<KernelStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
    private final AtomicLong submitted = new AtomicLong();
    private volatile long abortedThrough;
    private volatile AgentKernel kernel;
    private volatile KernelStatus status = KernelStatus.STARTING;
    private volatile KernelInfo info;
    private volatile int executionCount;
    private volatile Execution running;
    private volatile boolean closed;
    private long executions;
    private ExecutionListener lastListener;

    private JShellSession(JShellConfig config) {
        this.config = config;
        int number = SESSIONS.incrementAndGet();
        this.worker = Executors.newSingleThreadExecutor(daemon("continuum-jshell-" + number));
        this.events = Executors.newSingleThreadScheduledExecutor(daemon("continuum-jshell-" + number + "-events"));
        this.router = new OutputRouter(events);
        this.stdin = new StdinBridge(this::requestLine);
        this.maven = new MavenArtifacts(config.maven());
    }

    /** {@link #start(JShellConfig)} with the JDK running the app and Maven Central. */
    public static JShellSession start() throws IOException {
        return start(JShellConfig.defaults());
    }

    /**
     * Starts an agent JVM and a JShell on it, and waits until the kernel is idle.
     *
     * @throws IOException when the agent JVM cannot start (bad Java home or options); the message says why
     */
    public static JShellSession start(JShellConfig config) throws IOException {
        JShellSession session = new JShellSession(config);
        try {
            session.worker.submit(() -> {
                session.startKernel();
                return null;
            }).get();
            return session;
        } catch (ExecutionException e) {
            session.close();
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("the Java kernel did not start: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            session.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the Java kernel started", e);
        }
    }

    /** The agent JVM's process id (for tools and tests that watch it). */
    public long agentPid() {
        AgentKernel current = kernel;
        if (current == null) {
            throw new IllegalStateException("no agent is running");
        }
        return current.pid();
    }

    @Override
    public KernelInfo info() {
        return info;
    }

    @Override
    public KernelStatus status() {
        return status;
    }

    @Override
    public void addStatusListener(Consumer<KernelStatus> listener) {
        statusListeners.add(listener);
    }

    @Override
    public int executionCount() {
        return executionCount;
    }

    @Override
    public CompletableFuture<ExecuteReply> execute(ExecuteRequest request, ExecutionListener listener) {
        CompletableFuture<ExecuteReply> reply = new CompletableFuture<>();
        long number = submitted.incrementAndGet();
        submit(reply, () -> runExecution(number, request, listener, reply));
        return reply;
    }

    @Override
    public void interrupt() {
        Execution execution = running;
        AgentKernel current = kernel;
        if (execution == null || current == null) {
            return;
        }
        execution.interrupted = true;
        stdin.cancel();
        current.stop();
        // A stop that arrives while JShell compiles rather than runs does nothing: try again until the cell ends.
        ScheduledFuture<?>[] retry = new ScheduledFuture<?>[1];
        try {
            retry[0] = events.scheduleWithFixedDelay(() -> {
                if (running == execution && kernel == current) {
                    current.stop();
                } else {
                    retry[0].cancel(false);
                }
            }, INTERRUPT_RETRY.toMillis(), INTERRUPT_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    @Override
    public CompletableFuture<Void> restart() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new KernelDiedException("the Java kernel session is closed"));
            return done;
        }
        setStatus(KernelStatus.RESTARTING);
        failPending(new KernelDiedException("the Java kernel was restarted"));
        AgentKernel old = kernel;
        router.route(null);
        stdin.cancel();
        if (old != null) {
            old.kill();
        }
        submit(done, () -> {
            if (old != null) {
                old.close();
            }
            kernel = null;
            try {
                startKernel();
                router.post(() -> done.complete(null));
            } catch (IOException e) {
                setStatus(KernelStatus.DEAD);
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    @Override
    public CompletableFuture<Completion> complete(String code, int cursor) {
        return query(k -> CodeAnalysis.complete(k.jshell().sourceCodeAnalysis(), code, cursor));
    }

    @Override
    public CompletableFuture<Inspection> inspect(String code, int cursor, int detailLevel) {
        return query(k -> CodeAnalysis.inspect(k.jshell().sourceCodeAnalysis(), code, cursor, detailLevel));
    }

    @Override
    public CompletableFuture<IsComplete> isComplete(String code) {
        return query(k -> CodeAnalysis.isComplete(k.jshell().sourceCodeAnalysis(), code));
    }

    @Override
    public CompletableFuture<Set<String>> namesRead(String code, Set<String> candidates) {
        return query(k -> {
            Set<String> read = new LinkedHashSet<>(JavaNames.read(k.jshell().sourceCodeAnalysis(), code));
            read.retainAll(candidates);
            return read;
        });
    }

    @Override
    public CompletableFuture<Changes> changes() {
        return query(JavaVariables::changes);
    }

    @Override
    public CompletableFuture<Exported> export(Collection<String> names) {
        List<String> wanted = List.copyOf(names);
        return query(k -> JavaVariables.export(k, wanted));
    }

    @Override
    public CompletableFuture<Void> define(String valuesJson) {
        return query(k -> {
            JavaVariables.define(k, valuesJson);
            return null;
        });
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            failPending(new KernelDiedException("the Java kernel session was closed"));
            router.route(null);
            stdin.cancel();
            AgentKernel current = kernel;
            if (current != null) {
                current.kill();
            }
            worker.execute(() -> {
                if (current != null) {
                    current.close();
                }
                maven.close();
            });
            worker.shutdown();
            worker.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (current != null) {
                current.awaitExit(CLOSE_WAIT);
            }
            setStatus(KernelStatus.DEAD);
            events.shutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // close never throws: what is left are daemon threads and a killed process
        } finally {
            worker.shutdownNow();
        }
    }

    // ---- on the session thread ----

    private void startKernel() throws IOException {
        origins.clear();
        executionCount = 0;
        AgentKernel[] started = new AgentKernel[1];
        started[0] = AgentKernel.start(config, router, stdin, reason -> agentDied(started[0], reason));
        kernel = started[0];
        String version = started[0].javaVersion();
        info = new KernelInfo("continuum-jshell", implementationVersion(), "java", version, ".jshell",
                "Java " + version + " (JShell; cells run in a separate JVM)");
        setStatus(KernelStatus.IDLE);
    }

    private void runExecution(long number, ExecuteRequest request, ExecutionListener listener,
                              CompletableFuture<ExecuteReply> reply) {
        if (number <= abortedThrough) {
            ExecuteReply aborted = new ExecuteReply(ExecuteReply.Status.ABORTED, executionCount, Optional.empty());
            router.post(() -> reply.complete(aborted));
            return;
        }
        AgentKernel current = usableKernel();
        boolean silent = request.silent();
        boolean counted = !silent && request.storeHistory();
        if (counted) {
            executionCount++;
        }
        int count = executionCount;
        long serial = ++executions;
        Execution execution = new Execution(request, listener);
        stdin.discardBuffered();
        router.route(silent ? null : listener);
        setStatus(KernelStatus.BUSY);
        running = execution;
        CellRunner.Outcome outcome;
        try {
            CellRunner runner = new CellRunner(current, origins, maven, () -> execution.interrupted, router);
            outcome = runner.run(request.code(), serial, counted ? count : null);
        } catch (KernelDiedException e) {
            throw e;
        } catch (RuntimeException | LinkageError | InternalError e) {
            outcome = CellRunner.Outcome.error(ErrorOutputs.internal(e));
        } finally {
            running = null;
            stdin.cancel();
        }
        if (!current.usable()) {
            throw new KernelDiedException(current.endMessage());
        }
        ExecuteReply result;
        if (outcome.error().isPresent()) {
            ErrorOutput error = outcome.error().get();
            router.emit(error);
            if (request.stopOnError()) {
                abortedThrough = submitted.get();
            }
            result = new ExecuteReply(ExecuteReply.Status.ERROR, count, Optional.of(error));
        } else {
            outcome.value().ifPresent(value -> router.emit(new ExecuteResultOutput(count, value)));
            result = new ExecuteReply(ExecuteReply.Status.OK, count, Optional.empty());
        }
        router.flush();
        if (silent) {
            router.route(lastListener);
        } else {
            lastListener = listener;
        }
        setStatus(KernelStatus.IDLE);
        router.post(() -> reply.complete(result));
    }

    private <T> CompletableFuture<T> query(Function<AgentKernel, T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        submit(answer, () -> answer.complete(question.apply(usableKernel())));
        return answer;
    }

    private AgentKernel usableKernel() {
        AgentKernel current = kernel;
        if (current == null || !current.usable()) {
            throw new KernelDiedException(current == null ? "the Java kernel is not running" : current.endMessage());
        }
        return current;
    }

    // ---- from any thread ----

    private void submit(CompletableFuture<?> future, Runnable task) {
        if (closed) {
            future.completeExceptionally(new KernelDiedException("the Java kernel session is closed"));
            return;
        }
        if (status == KernelStatus.DEAD) {
            future.completeExceptionally(new KernelDiedException("the Java kernel died; restart it"));
            return;
        }
        pending.add(future);
        future.whenComplete((value, failure) -> pending.remove(future));
        try {
            worker.execute(() -> {
                if (future.isDone()) {
                    return;
                }
                try {
                    task.run();
                } catch (Throwable failure) {
                    future.completeExceptionally(failure);
                }
            });
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(new KernelDiedException("the Java kernel session is closed"));
        }
    }

    private void agentDied(AgentKernel which, String message) {
        if (closed || which == null || which != kernel) {
            return;
        }
        stdin.cancel();
        router.route(null);
        setStatus(KernelStatus.DEAD);
        failPending(new KernelDiedException(message));
    }

    private void failPending(KernelDiedException failure) {
        List<CompletableFuture<?>> snapshot = new ArrayList<>(pending);
        router.post(() -> snapshot.forEach(future -> future.completeExceptionally(failure)));
    }

    /** Changes the status and tells the listeners; a dead kernel stays dead until it restarts. */
    private synchronized void setStatus(KernelStatus next) {
        boolean revives = next == KernelStatus.RESTARTING || next == KernelStatus.STARTING;
        if (status == next || closed && next != KernelStatus.DEAD || status == KernelStatus.DEAD && !revives) {
            return;
        }
        status = next;
        router.post(() -> statusListeners.forEach(listener -> listener.accept(next)));
    }

    private CompletableFuture<String> requestLine() throws IOException {
        Execution execution = running;
        if (execution == null) {
            throw new IOException("no cell is running to read input for");
        }
        if (!execution.request.allowStdin()) {
            throw new IOException("this execution does not take input");
        }
        return router.requestInput(execution.listener);
    }

    private static String implementationVersion() {
        String version = JShellSession.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
