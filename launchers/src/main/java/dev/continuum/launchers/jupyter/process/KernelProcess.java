package dev.continuum.launchers.jupyter.process;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One running kernel process: started from a {@link KernelCommand}, signalled, and stopped with
 * escalation (wait for it to leave on its own, then SIGTERM, then SIGKILL), as jupyter_client's
 * local provisioner does. Its console is drained into an {@link OutputTail}.
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

    /** SIGINT, as a terminal's Ctrl-C sends; ProcessHandle cannot send it, {@code kill} can. */
    public void interrupt() throws IOException {
        if (!process.isAlive()) {
            return;
        }
        String pid = Long.toString(process.pid());
        Process kill;
        try {
            kill = new ProcessBuilder("kill", "-INT", pid).redirectErrorStream(true).start();
        } catch (IOException noKillBinary) {
            kill = new ProcessBuilder("sh", "-c", "kill -INT " + pid).redirectErrorStream(true).start();
        }
        try {
            if (!kill.waitFor(5, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                throw new IOException("kill -INT " + pid + " did not finish");
            }
            if (kill.exitValue() != 0 && process.isAlive()) {
                throw new IOException("kill -INT " + pid + " failed: " + new String(kill.getInputStream().readAllBytes()).strip());
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
            process.destroy();
            if (waitFor(TERM_GRACE)) {
                return;
            }
            process.destroyForcibly();
            waitFor(TERM_GRACE);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL now, without waiting. */
    public void kill() {
        process.destroyForcibly();
    }

    private boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
