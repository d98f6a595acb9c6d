package dev.continuum.launchers.jshell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The agent's {@code System.in}. JShell reads it a byte at a time when code in the agent reads and
 * nothing is buffered; then this asks the running cell's listener for a line and waits for the
 * answer. With no cell running, or one that takes no input, the read fails with an
 * {@link IOException} in the agent (end of stream would close the agent's stdin for good).
 */
final class StdinBridge extends InputStream {

    /** Asks for one line on behalf of the running cell, or says why it cannot. */
    interface LineSource {
        CompletableFuture<String> requestLine() throws IOException;
    }

    private final LineSource source;
    private byte[] line = new byte[0];
    private int position;
    private volatile CompletableFuture<String> waiting;

    StdinBridge(LineSource source) {
        this.source = source;
    }

    @Override
    public synchronized int read() throws IOException {
        if (position >= line.length) {
            CompletableFuture<String> answer = source.requestLine();
            waiting = answer;
            String text;
            try {
                text = answer.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("input interrupted");
            } catch (CancellationException e) {
                throw new InterruptedIOException("input interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw new IOException(cause.getMessage() != null ? cause.getMessage() : cause.toString(), cause);
            } finally {
                waiting = null;
            }
            line = ((text == null ? "" : text) + "\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return line[position++] & 0xff;
    }

    /** Gives up waiting for an answer (interrupt, restart, close); the reading code sees an interrupted read. */
    void cancel() {
        CompletableFuture<String> answer = waiting;
        if (answer != null) {
            answer.cancel(false);
        }
    }

    /** Forgets input typed for an earlier cell and not read. */
    synchronized void discardBuffered() {
        line = new byte[0];
        position = 0;
    }
}
