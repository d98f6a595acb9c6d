package dev.continuum.launchers.jupyter.process;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One running kernel process: started from a {@link KernelCommand}, signalled, and stopped with
 * escalation (wait for it to leave on its own, then SIGTERM, then SIGKILL, reaching the processes
 * it started too), as jupyter_client's local provisioner does. Its console is drained into an {@link OutputTail}.
 */
public final class KernelProcess {

    private static final System.Logger LOG = System.getLogger(KernelProcess.class.getName());
    private static final Duration TERM_GRACE = Duration.ofSeconds(2);
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(1);

    private final Process process;
    private final OutputTail console;
    private final CompletableFuture<Integer> exited;

    private KernelProcess(Process process, OutputTail console) {
        this.process = process;
        this.console = console;
        // The exit code, once the console has been read to its end (or a moment after exit, when a
        // child the kernel started still holds the pipe open), so errors can quote the last lines.
        this.exited = process.onExit().thenCompose(p -> console.drained()
                .completeOnTimeout(null, DRAIN_GRACE.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(ignored -> p.exitValue()));
    }

    public static KernelProcess start(KernelCommand command, String label) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command.argv())
                .directory(command.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().clear();
        builder.environment().putAll(command.env());
        Process process = builder.start();
        process.getOutputStream().close();
        return new KernelProcess(process, OutputTail.drain(process.getInputStream(), label));
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code, after the process ended and its console was read. */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    /** The last lines the kernel printed to its console. */
    public String consoleTail() {
        return console.text();
    }

    /**
     * SIGINT to the kernel and the processes it started, as a terminal's Ctrl-C reaches its whole
     * process group (jupyter_client signals the kernel's group too). ProcessHandle cannot send
     * SIGINT; {@code kill} can.
     */
    public void interrupt() throws IOException {
        if (!process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", "-INT", Long.toString(process.pid())));
        process.descendants().forEach(child -> command.add(Long.toString(child.pid())));
        Process kill;
        try {
            kill = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException noKillBinary) {
            kill = new ProcessBuilder("sh", "-c", String.join(" ", command)).redirectErrorStream(true).start();
        }
        try {
            if (!kill.waitFor(5, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
            // A child that ended meanwhile makes kill fail; only the kernel itself matters.
            if (kill.exitValue() != 0 && process.isAlive()) {
                String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                LOG.log(Level.DEBUG, () -> String.join(" ", command) + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Blocks until the process is gone: waits {@code grace} for it to leave by itself (after a
     * shutdown request), then sends SIGTERM, then SIGKILL.
     */
    public void stop(Duration grace) {
        try {
            if (waitFor(grace)) {
                return;
            }
            LOG.log(Level.DEBUG, () -> "kernel " + pid() + " still running after " + grace + "; terminating");
            // Taken now: once the kernel is gone its children are re-parented and out of reach.
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            children.forEach(ProcessHandle::destroy);
            if (waitFor(TERM_GRACE)) {
                children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
                return;
            }
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            waitFor(TERM_GRACE);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL now, to the kernel and its children, without waiting. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
