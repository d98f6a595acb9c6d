package dev.continuum.launchers.jupyter.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * Drains a kernel's console (stdout and stderr together) so it never blocks on a full pipe, logs
 * each line, and keeps the last lines for the error shown when the kernel dies on start.
 */
final class OutputTail {

    private static final System.Logger LOG = System.getLogger(OutputTail.class.getName());
    private static final int MAX_LINES = 40;
    private static final int MAX_LINE_LENGTH = 2000;

    private final Deque<String> lines = new ArrayDeque<>();
    private final CompletableFuture<Void> drained = new CompletableFuture<>();

    static OutputTail drain(InputStream console, String label) {
        OutputTail tail = new OutputTail();
        Thread reader = new Thread(() -> tail.read(console, label), "kernel-console-" + label);
        reader.setDaemon(true);
        reader.start();
        return tail;
    }

    private void read(InputStream console, String label) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(console, StandardCharsets.UTF_8))) {
            for (String read; (read = reader.readLine()) != null; ) {
                String line = read;
                LOG.log(Level.DEBUG, () -> "[" + label + "] " + line);
                synchronized (lines) {
                    lines.addLast(line.length() > MAX_LINE_LENGTH ? line.substring(0, MAX_LINE_LENGTH) + "…" : line);
                    if (lines.size() > MAX_LINES) {
                        lines.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "[" + label + "] console closed: " + e.getMessage());
        } finally {
            drained.complete(null);
        }
    }

    /** Completes when the console reached its end. */
    CompletableFuture<Void> drained() {
        return drained;
    }

    /** The last lines, joined; "" when the kernel printed nothing. */
    String text() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }
}
