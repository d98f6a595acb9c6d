package dev.continuum.launchers.jupyter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.launchers.jupyter.process.ConnectionFile;
import dev.continuum.launchers.jupyter.process.ConnectionInfo;
import dev.continuum.launchers.jupyter.process.InterpreterResolver;
import dev.continuum.launchers.jupyter.process.KernelCommand;
import dev.continuum.launchers.jupyter.process.KernelProcess;
import dev.continuum.launchers.jupyter.spec.InterruptMode;
import dev.continuum.launchers.jupyter.spec.KernelSpec;
import dev.continuum.launchers.jupyter.wire.InvalidMessageException;
import dev.continuum.launchers.jupyter.wire.JupyterMessage;
import dev.continuum.launchers.jupyter.wire.MessageFactory;
import dev.continuum.launchers.jupyter.wire.MessageSigner;
import dev.continuum.launchers.jupyter.wire.WireCodec;
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
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A Jupyter kernel (ipykernel, IRkernel, IJulia, ...) driven over the Jupyter messaging protocol
 * 5.3. Start one with {@link JupyterKernels#start}; it returns once the kernel answered
 * {@code kernel_info}.
 *
 * <p>Threads: one I/O loop owns the ZeroMQ sockets and all routing state; listeners, status
 * listeners and futures run on one event thread, in the order the kernel sent things (so do not
 * block on another future of this session from inside a listener). Blocking process work
 * (launching, waiting for exit, signalling) runs on a small worker pool.
 *
 * <p>Input: {@code input()} asks the execution's {@link ExecutionListener#input}; when that future
 * fails, the kernel is sent an end-of-transmission character, which ipykernel raises as
 * {@code EOFError} (what {@code input()} raises at the end of stdin). With
 * {@code allowStdin=false} the kernel itself refuses input.
 *
 * <p>Cursor positions are Java string indices (the protocol's code points are converted).
 */
public final class JupyterKernelSession implements KernelSession {

    private enum Phase { STARTING, RUNNING, RESTARTING, DEAD, CLOSED }

    /** A request that arrived while the kernel was (re)starting: sent once it is ready. */
    private record Queued(Runnable send, CompletableFuture<?> result) {
    }

    private record Spawned(ConnectionInfo connection, KernelProcess process) {
    }

    private static final System.Logger LOG = System.getLogger(JupyterKernelSession.class.getName());

    private final KernelSpec spec;
    private final SessionOptions options;
    private final String key = ConnectionInfo.newKey();
    private final MessageFactory messages;
    private final WireCodec codec;
    private final ConnectionFile connectionFile;
    private final InterpreterResolver interpreters = new InterpreterResolver();
    private final EventThread events;
    private final ExecutorService work;
    private final IoLoop loop;
    private final RequestRouter router;
    private final Heartbeat heartbeat;
    private final List<Consumer<KernelStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object statusLock = new Object();

    private volatile KernelStatus status = KernelStatus.STARTING;
    private volatile KernelInfo info;
    private volatile int executionCount;
    private volatile KernelProcess process;

    // Loop thread only.
    private Phase phase = Phase.STARTING;
    private int generation;
    private String kernelSession = "";
    private KernelHandshake handshake;
    private CompletableFuture<KernelInfo> pendingStart;
    private CompletableFuture<Void> restarting;
    private final List<Queued> queued = new ArrayList<>();

    private JupyterKernelSession(KernelSpec spec, SessionOptions options) throws IOException {
        this.spec = spec;
        this.options = options;
        this.messages = new MessageFactory(MessageFactory.newId(), System.getProperty("user.name", "continuum"));
        this.codec = new WireCodec(new MessageSigner(key));
        this.connectionFile = ConnectionFile.createFor(spec.name());
        String name = spec.name();
        this.events = new EventThread("jupyter-" + name + "-events");
        this.work = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "jupyter-" + name + "-process");
            thread.setDaemon(true);
            return thread;
        });
        this.loop = new IoLoop("jupyter-" + name + "-io", this::received, this::loopCrashed);
        this.router = new RequestRouter(new RouterHost(), events, loop, options.timeouts().idleGrace());
        this.heartbeat = new Heartbeat(loop, options.timeouts().heartbeatInterval(),
                options.timeouts().heartbeatMisses(), this::heartbeatFlatlined);
    }

    /** Starts {@code spec}'s kernel and waits until it answered {@code kernel_info}. */
    public static JupyterKernelSession start(KernelSpec spec, SessionOptions options) throws KernelStartException {
        try {
            return startAsync(spec, options).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof KernelStartException start ? start
                    : new KernelStartException("kernel '" + spec.name() + "' failed to start: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KernelStartException("interrupted while starting kernel '" + spec.name() + "'", e);
        }
    }

    /** Starts {@code spec}'s kernel; the future fails with {@link KernelStartException}. */
    public static CompletableFuture<JupyterKernelSession> startAsync(KernelSpec spec, SessionOptions options) {
        JupyterKernelSession session;
        try {
            session = new JupyterKernelSession(spec, options);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new KernelStartException(
                    "kernel '" + spec.name() + "': cannot prepare its connection: " + e.getMessage(), e));
        }
        CompletableFuture<JupyterKernelSession> started = new CompletableFuture<>();
        session.launch().whenComplete((kernelInfo, error) -> {
            if (error == null) {
                started.complete(session);
            } else {
                session.close();
                started.completeExceptionally(unwrap(error));
            }
        });
        return started;
    }

    public KernelSpec spec() {
        return spec;
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

    /** The kernel process's id (it changes on restart); -1 when there is none. */
    public long pid() {
        KernelProcess current = process;
        return current == null ? -1 : current.pid();
    }

    Path connectionFile() {
        return connectionFile.path();
    }

    @Override
    public CompletableFuture<ExecuteReply> execute(ExecuteRequest request, ExecutionListener listener) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        Execution execution = new Execution(request, listener);
        ObjectNode content = ShellContent.execute(request);
        submit(execution.future, () -> {
            JupyterMessage message = messages.request("execute_request", content);
            router.expectExecution(message.msgId(), execution);
            send(Channel.SHELL, message);
        });
        return execution.future;
    }

    @Override
    public void interrupt() {
        if (spec.interruptMode() == InterruptMode.MESSAGE) {
            submit(new CompletableFuture<>(), () -> send(Channel.CONTROL,
                    messages.request("interrupt_request", ShellContent.empty())));
            return;
        }
        KernelProcess current = process;
        if (current == null || closed.get()) {
            return;
        }
        runBlocking(() -> {
            try {
                current.interrupt();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot interrupt kernel '" + spec.name() + "': " + e.getMessage());
            }
        });
    }

    @Override
    public CompletableFuture<Void> restart() {
        CompletableFuture<Void> result = new CompletableFuture<>();
        if (!loop.post(() -> beginRestart(result))) {
            result.completeExceptionally(closedError());
        }
        return result;
    }

    @Override
    public CompletableFuture<Completion> complete(String code, int cursor) {
        return request("complete_request", ShellContent.complete(code, cursor))
                .thenApply(reply -> ShellContent.completion(code, cursor, reply));
    }

    @Override
    public CompletableFuture<Inspection> inspect(String code, int cursor, int detailLevel) {
        return request("inspect_request", ShellContent.inspect(code, cursor, detailLevel))
                .thenApply(ShellContent::inspection);
    }

    @Override
    public CompletableFuture<IsComplete> isComplete(String code) {
        return request("is_complete_request", ShellContent.isComplete(code)).thenApply(ShellContent::isCompleteVerdict);
    }

    /**
     * Asks the kernel to shut down, waits for it briefly, then terminates it; frees sockets, threads
     * and the connection file. Outstanding requests fail with {@link KernelDiedException}.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            CompletableFuture<KernelProcess> stopping = new CompletableFuture<>();
            boolean posted = loop.post(() -> {
                boolean running = phase == Phase.RUNNING;
                enterEndState(Phase.CLOSED, () -> new KernelDiedException("kernel '" + spec.name() + "' was shut down"));
                if (running) {
                    trySend(Channel.CONTROL, shutdownRequest(false));
                }
                stopping.complete(process);
            });
            KernelProcess last = posted ? stopping.completeOnTimeout(process, 5, TimeUnit.SECONDS).join() : process;
            if (last != null) {
                last.stop(options.timeouts().shutdown());
            }
            loop.close();
            setStatus(KernelStatus.DEAD);
            events.shutdown();
            work.shutdownNow();
            connectionFile.delete();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "closing kernel '" + spec.name() + "' did not finish cleanly: " + e.getMessage());
        }
    }

    // ---- starting ------------------------------------------------------------------------------

    /** Picks ports, starts the process (on a worker) and connects to it (on the loop). */
    private CompletableFuture<KernelInfo> launch() {
        CompletableFuture<KernelInfo> ready = new CompletableFuture<>();
        boolean started = runBlocking(() -> {
            Spawned spawned;
            try {
                spawned = spawn();
            } catch (KernelStartException e) {
                if (!loop.post(() -> startFailed(ready, e))) {
                    ready.completeExceptionally(e);
                }
                return;
            }
            if (!loop.post(() -> connect(spawned, ready))) {
                spawned.process().kill();
                ready.completeExceptionally(new KernelStartException("kernel '" + spec.name() + "' was closed while starting"));
            }
        });
        if (!started) {
            ready.completeExceptionally(new KernelStartException("kernel '" + spec.name() + "' was closed while starting"));
        }
        return ready;
    }

    private Spawned spawn() throws KernelStartException {
        try {
            ConnectionInfo connection = ConnectionInfo.onFreeLoopbackPorts(key, spec.name());
            connectionFile.write(connection);
            KernelCommand command = KernelCommand.of(spec, connectionFile.path(), System.getenv(),
                    options.environment(), options.workingDirectory(), interpreters);
            LOG.log(Level.DEBUG, () -> "starting kernel '" + spec.name() + "': " + command.argv());
            return new Spawned(connection, KernelProcess.start(command, spec.name()));
        } catch (IOException e) {
            throw new KernelStartException("kernel '" + spec.name() + "' (" + spec.displayName() + ") cannot start: "
                    + e.getMessage(), e);
        }
    }

    private void connect(Spawned spawned, CompletableFuture<KernelInfo> ready) {
        if (phase == Phase.CLOSED) {
            spawned.process().kill();
            fail(ready, new KernelStartException("kernel '" + spec.name() + "' was closed while starting"));
            return;
        }
        int launched = ++generation;
        process = spawned.process();
        detachChannels();
        Channels channels = Channels.open(loop.context(), spawned.connection(), messages.session());
        loop.attach(channels);
        pendingStart = ready;
        spawned.process().exited().thenAccept(code -> loop.post(() -> processExited(launched, code)));
        IoLoop.Timer timeout = loop.schedule(options.timeouts().startup(), () -> {
            if (launched == generation && pendingStart == ready) {
                spawned.process().kill();
                startFailed(ready, new KernelStartException(describe() + " did not answer kernel_info within "
                        + options.timeouts().startup().toSeconds() + " s." + consoleTail(spawned.process())));
            }
        });
        handshake = new KernelHandshake(loop, () -> {
            JupyterMessage request = messages.request("kernel_info_request", ShellContent.empty());
            trySend(Channel.SHELL, request);
            return request.msgId();
        });
        handshake.done().thenAccept(reply -> {
            timeout.cancel();
            if (launched != generation || pendingStart != ready) {
                return;
            }
            handshake = null;
            pendingStart = null;
            kernelSession = reply.header().path("session").asText("");
            info = ShellContent.kernelInfo(reply.content());
            phase = Phase.RUNNING;
            heartbeat.start(channels);
            setStatus(KernelStatus.IDLE);
            KernelInfo started = info;
            events.deliver(() -> ready.complete(started));
            List<Queued> waiting = List.copyOf(queued);
            queued.clear();
            waiting.forEach(request -> sendOrFail(request.result(), request.send()));
        });
        handshake.start();
    }

    /** The kernel could not be started (or restarted): it is dead, and so is everything waiting for it. */
    private void startFailed(CompletableFuture<KernelInfo> ready, KernelStartException error) {
        if (pendingStart == ready) {
            pendingStart = null;
        }
        if (handshake != null) {
            handshake.cancel();
            handshake = null;
        }
        if (phase != Phase.CLOSED) {
            enterEndState(Phase.DEAD, () -> new KernelDiedException(error.getMessage()));
        }
        events.deliver(() -> ready.completeExceptionally(error));
    }

    private void beginRestart(CompletableFuture<Void> result) {
        if (phase == Phase.CLOSED) {
            fail(result, closedError());
            return;
        }
        if (restarting != null) {
            restarting.whenComplete((ok, error) -> forward(result, null, error));
            return;
        }
        if (phase == Phase.STARTING) {
            fail(result, new IllegalStateException("kernel '" + spec.name() + "' is still starting"));
            return;
        }
        restarting = result;
        boolean running = phase == Phase.RUNNING;
        phase = Phase.RESTARTING;
        setStatus(KernelStatus.RESTARTING);
        heartbeat.stop();
        router.failAll(() -> new KernelDiedException("kernel '" + spec.name() + "' was restarted before the request finished"));
        router.forgetHistory();
        executionCount = 0;
        if (running) {
            trySend(Channel.CONTROL, shutdownRequest(true));
        }
        KernelProcess old = process;
        boolean stopping = runBlocking(() -> {
            if (old != null) {
                old.stop(options.timeouts().shutdown());
            }
            launch().whenComplete((kernelInfo, error) -> {
                boolean posted = loop.post(() -> {
                    restarting = null;
                    events.deliver(() -> forward(result, null, error));
                });
                if (!posted) {
                    forward(result, null, error != null ? error : closedError());
                }
            });
        });
        if (!stopping) {
            restarting = null;
            fail(result, closedError());
        }
    }

    // ---- the kernel going away -----------------------------------------------------------------

    private void processExited(int launched, int code) {
        if (launched != generation) {
            return;
        }
        KernelProcess exited = process;
        if (pendingStart != null) {
            exited.kill();
            startFailed(pendingStart, new KernelStartException(describe() + " exited with code " + code
                    + " before answering kernel_info." + consoleTail(exited)));
        } else if (phase == Phase.RUNNING) {
            LOG.log(Level.INFO, () -> describe() + " died with exit code " + code + "." + consoleTail(exited));
            enterEndState(Phase.DEAD, () -> new KernelDiedException(
                    "kernel '" + spec.name() + "' died (exit code " + code + ")"));
        }
    }

    private void loopCrashed() {
        if (phase != Phase.CLOSED) {
            enterEndState(Phase.DEAD, () -> new KernelDiedException("kernel '" + spec.name()
                    + "': the session's I/O loop failed (see the log); close the session and start a new one"));
        }
    }

    private void heartbeatFlatlined() {
        if (phase != Phase.RUNNING) {
            return;
        }
        KernelProcess hung = process;
        LOG.log(Level.WARNING, () -> describe() + " stopped answering its heartbeat; killing it");
        enterEndState(Phase.DEAD, () -> new KernelDiedException("kernel '" + spec.name() + "' stopped answering its heartbeat ("
                + heartbeat.maxMisses() + " beats " + options.timeouts().heartbeatInterval().toMillis() + " ms apart missed)"));
        if (hung != null) {
            runBlocking(hung::kill);
        }
    }

    /** DEAD or CLOSED: fail every outstanding and queued request, drop the sockets. */
    private void enterEndState(Phase end, Supplier<KernelDiedException> cause) {
        phase = end;
        if (end == Phase.DEAD) {
            // Before failing anything, so whoever sees a future fail also sees the kernel dead.
            setStatus(KernelStatus.DEAD);
        }
        heartbeat.stop();
        if (handshake != null) {
            handshake.cancel();
            handshake = null;
        }
        router.failAll(cause);
        for (Queued request : queued) {
            fail(request.result(), cause.get());
        }
        queued.clear();
        if (pendingStart != null) {
            CompletableFuture<KernelInfo> start = pendingStart;
            pendingStart = null;
            events.deliver(() -> start.completeExceptionally(new KernelStartException(cause.get().getMessage())));
        }
        if (end == Phase.DEAD) {
            detachChannels();
        }
    }

    // ---- messages ------------------------------------------------------------------------------

    private void received(Channel channel, List<byte[]> frames) {
        if (channel == Channel.HEARTBEAT) {
            heartbeat.replied();
            return;
        }
        JupyterMessage message;
        try {
            message = codec.decode(frames);
        } catch (InvalidMessageException e) {
            LOG.log(Level.WARNING, "kernel '" + spec.name() + "': dropped a message on " + channel.name().toLowerCase(Locale.ROOT)
                    + ": " + e.getMessage());
            return;
        }
        switch (channel) {
            case SHELL -> {
                if (handshake == null || !handshake.shell(message)) {
                    router.shell(message);
                }
            }
            case IOPUB -> {
                if (handshake != null) {
                    handshake.iopub(message);
                }
                router.iopub(message);
            }
            case STDIN -> router.stdin(message);
            default -> LOG.log(Level.DEBUG, () -> "ignoring " + message.msgType() + " on " + channel);
        }
    }

    /** A shell request whose reply content completes the future; an error reply fails it. */
    private CompletableFuture<ObjectNode> request(String msgType, ObjectNode content) {
        CompletableFuture<ObjectNode> result = new CompletableFuture<>();
        submit(result, () -> {
            JupyterMessage message = messages.request(msgType, content);
            router.expectReply(message.msgId()).whenComplete((reply, error) -> {
                if (error == null && "error".equals(reply.path("status").asText())) {
                    error = new IllegalStateException("kernel '" + spec.name() + "' answered " + msgType + " with "
                            + reply.path("ename").asText("an error") + ": " + reply.path("evalue").asText(""));
                }
                forward(result, reply, error);
            });
            send(Channel.SHELL, message);
        });
        return result;
    }

    /** Runs {@code send} on the loop when the kernel is up, queues it while it (re)starts, else fails {@code result}. */
    private void submit(CompletableFuture<?> result, Runnable send) {
        boolean posted = loop.post(() -> {
            switch (phase) {
                case RUNNING -> sendOrFail(result, send);
                case STARTING, RESTARTING -> queued.add(new Queued(send, result));
                case DEAD -> fail(result, new KernelDiedException(
                        "kernel '" + spec.name() + "' is dead; restart it to run code again"));
                case CLOSED -> fail(result, closedError());
            }
        });
        if (!posted) {
            result.completeExceptionally(closedError());
        }
    }

    private void sendOrFail(CompletableFuture<?> result, Runnable send) {
        try {
            send.run();
        } catch (RuntimeException e) {
            fail(result, e);
        }
    }

    private void send(Channel channel, JupyterMessage message) {
        Channels channels = loop.channels();
        if (channels == null || !channels.send(channel, codec.encode(message))) {
            throw new IllegalStateException("kernel '" + spec.name() + "': cannot send " + message.msgType()
                    + " (" + channel.name().toLowerCase(Locale.ROOT) + " queue full or closed)");
        }
    }

    private void trySend(Channel channel, JupyterMessage message) {
        try {
            send(channel, message);
        } catch (IllegalStateException e) {
            LOG.log(Level.DEBUG, e.getMessage());
        }
    }

    private JupyterMessage shutdownRequest(boolean restart) {
        return messages.request("shutdown_request", ShellContent.shutdown(restart));
    }

    /** What routing asks of the session (kept off the public API). */
    private final class RouterHost implements RequestRouter.Host {
        @Override
        public void kernelState(String executionState) {
            if (phase != Phase.RUNNING) {
                return;
            }
            switch (executionState) {
                case "busy" -> setStatus(KernelStatus.BUSY);
                case "idle" -> setStatus(KernelStatus.IDLE);
                default -> { }
            }
        }

        @Override
        public void executionCount(int count) {
            // A restarting kernel's last words must not undo the reset count.
            if (phase == Phase.RUNNING) {
                executionCount = count;
            }
        }

        @Override
        public void answerInput(JupyterMessage request, String value) {
            loop.post(() -> {
                // After a restart the kernel that asked is gone; the new one must not get its answer.
                if (phase == Phase.RUNNING && kernelSession.equals(request.header().path("session").asText(""))) {
                    trySend(Channel.STDIN, messages.reply("input_reply",
                            ShellContent.empty().put("value", value), request));
                }
            });
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void setStatus(KernelStatus next) {
        synchronized (statusLock) {
            if (status == next) {
                return;
            }
            status = next;
            events.deliver(() -> statusListeners.forEach(listener -> listener.accept(next)));
        }
    }

    private void detachChannels() {
        Channels old = loop.channels();
        loop.attach(null);
        if (old != null) {
            old.close();
        }
    }

    private boolean runBlocking(Runnable task) {
        try {
            work.execute(task);
            return true;
        } catch (RejectedExecutionException closedPool) {
            return false;
        }
    }

    private String describe() {
        return "kernel '" + spec.name() + "' (" + spec.displayName() + ")";
    }

    private static String consoleTail(KernelProcess process) {
        String tail = process.consoleTail();
        return tail.isBlank() ? " It printed nothing." : " Its last output:\n" + tail;
    }

    private IllegalStateException closedError() {
        return new IllegalStateException("kernel session '" + spec.name() + "' is closed");
    }

    /** Fails a future on the event thread, so callers' follow-up work never runs on the I/O loop. */
    private void fail(CompletableFuture<?> result, Throwable error) {
        events.deliver(() -> result.completeExceptionally(error));
    }

    private static <T> void forward(CompletableFuture<T> target, T value, Throwable error) {
        if (error != null) {
            target.completeExceptionally(unwrap(error));
        } else {
            target.complete(value);
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
