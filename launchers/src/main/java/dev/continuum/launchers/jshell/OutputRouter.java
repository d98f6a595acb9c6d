package dev.continuum.launchers.jshell;

import dev.continuum.launchers.kernel.ExecutionListener;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Delivers what the agent writes to the listener of the running cell, on the session's event
 * thread and in the order the agent wrote it. Text is gathered for a few milliseconds so a loop of
 * prints becomes a few stream outputs rather than thousands, yet reaches the notebook while the
 * cell still runs. Output written after a cell ended (a background thread) goes to the last
 * cell's listener, as in IPython.
 */
final class OutputRouter {

    private static final System.Logger LOG = System.getLogger(OutputRouter.class.getName());
    static final long GATHER_MILLIS = 15;
    private static final int GATHER_LIMIT = 16 * 1024;

    private final ScheduledExecutorService events;
    private final Utf8Decoder stdout = new Utf8Decoder();
    private final Utf8Decoder stderr = new Utf8Decoder();
    private final StringBuilder pending = new StringBuilder();
    private String pendingName;
    private ScheduledFuture<?> scheduledFlush;
    private ExecutionListener target;
    private Consumer<MimeBundle> capture;

    OutputRouter(ScheduledExecutorService events) {
        this.events = events;
    }

    /** Where the agent's {@code System.out} bytes go. */
    PrintStream stdout() {
        return new PrintStream(stream(StreamOutput.STDOUT, stdout), true, StandardCharsets.UTF_8);
    }

    PrintStream stderr() {
        return new PrintStream(stream(StreamOutput.STDERR, stderr), true, StandardCharsets.UTF_8);
    }

    /** Where the agent's display frames go. */
    OutputStream display() {
        return new DisplayFrames(this::display);
    }

    /** From now on, outputs go to {@code listener}; {@code null} drops them (a silent execution). */
    synchronized void route(ExecutionListener listener) {
        flush();
        target = listener;
    }

    synchronized ExecutionListener target() {
        return target;
    }

    synchronized void text(String name, String text) {
        if (text.isEmpty() || target == null) {
            return;
        }
        if (pendingName != null && !pendingName.equals(name)) {
            flush();
        }
        pendingName = name;
        pending.append(text);
        if (pending.length() >= GATHER_LIMIT) {
            flush();
        } else if (scheduledFlush == null) {
            try {
                scheduledFlush = events.schedule(this::flush, GATHER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                pending.setLength(0);
            }
        }
    }

    synchronized void display(MimeBundle data) {
        if (capture != null) {
            capture.accept(data);
        } else {
            emit(new DisplayDataOutput(data));
        }
    }

    /** Sends display frames to {@code sink} instead of the listener (a rich execute result); null ends that. */
    synchronized void captureDisplays(Consumer<MimeBundle> sink) {
        capture = sink;
    }

    /** Sends {@code output} after any text gathered before it. */
    synchronized void emit(Output output) {
        flush();
        ExecutionListener listener = target;
        if (listener != null) {
            post(() -> listener.output(output));
        }
    }

    /** Sends the gathered text now. */
    synchronized void flush() {
        if (scheduledFlush != null) {
            scheduledFlush.cancel(false);
            scheduledFlush = null;
        }
        if (pending.isEmpty()) {
            return;
        }
        StreamOutput output = new StreamOutput(pendingName, pending.toString());
        pending.setLength(0);
        pendingName = null;
        ExecutionListener listener = target;
        if (listener != null) {
            post(() -> listener.output(output));
        }
    }

    /** Asks the running cell's listener for a line of input, after the text printed before the question. */
    CompletableFuture<String> requestInput(ExecutionListener listener) {
        flush();
        CompletableFuture<String> answer = new CompletableFuture<>();
        post(() -> {
            try {
                listener.input("", false).whenComplete((line, failure) -> {
                    if (failure != null) {
                        answer.completeExceptionally(failure);
                    } else {
                        answer.complete(line);
                    }
                });
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    /** Runs {@code task} on the event thread; a listener that throws does not stop later deliveries. */
    void post(Runnable task) {
        try {
            events.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "a kernel listener failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            // the session is closed: nobody listens any more
        }
    }

    private OutputStream stream(String name, Utf8Decoder decoder) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                synchronized (OutputRouter.this) {
                    text(name, decoder.decode(bytes, offset, length));
                }
            }
        };
    }
}
