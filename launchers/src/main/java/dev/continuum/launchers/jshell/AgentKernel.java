package dev.continuum.launchers.jshell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * One JShell and the agent JVM it executes in, from start to end; a restart makes a new one. Tells
 * the session when the agent ends without being asked to (exit, crash, kill from outside).
 */
final class AgentKernel {

    /** What JShell's own tool imports on start, so notebook code can say {@code List} and {@code Files}. */
    private static final List<String> STARTUP = List.of(
            "import java.io.*;",
            "import java.math.*;",
            "import java.net.*;",
            "import java.nio.file.*;",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "import java.util.function.*;",
            "import java.util.regex.*;",
            "import java.util.stream.*;",
            "import static dev.continuum.launchers.jshell.agent.Display.*;");

    private final JShell jshell;
    private static final int KEPT_RESULTS = 32;
    private final java.util.ArrayDeque<Snippet> results = new java.util.ArrayDeque<>();
    private final AgentLauncher.Agent agent;
    private final Set<Path> classPath = new LinkedHashSet<>();
    private final Consumer<String> died;
    private final AgentValues values = new AgentValues();
    private volatile boolean ending;
    private volatile boolean dead;
    private volatile String deathMessage;

    private AgentKernel(JShellConfig config, OutputRouter router, StdinBridge stdin, Consumer<String> died)
            throws IOException {
        this.died = died;
        List<Path> basePath = new ArrayList<>();
        basePath.add(AgentJar.path());
        basePath.addAll(config.classPath());
        List<String> options = new ArrayList<>(List.of(
                "-Djava.awt.headless=true",
                "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8",
                "-Dstdin.encoding=UTF-8",
                "-Djdk.console=java.base",
                "--class-path", basePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
        options.addAll(config.remoteVmOptions());
        OptionalInt release = JavaRelease.feature(config.javaHome());
        if (release.isPresent() && release.getAsInt() < JavaRelease.MINIMUM) {
            throw new IOException("the agent JVM needs Java " + JavaRelease.MINIMUM + " or later, but "
                    + config.javaHome() + " is Java " + release.getAsInt());
        }
        List<String> compilerOptions = new ArrayList<>();
        if (release.isPresent() && release.getAsInt() < Runtime.version().feature()) {
            // Class files for the agent's Java, not the app's newer one.
            compilerOptions.addAll(List.of("--release", Integer.toString(release.getAsInt())));
        }
        AgentLauncher launcher = new AgentLauncher(config.javaHome(), config.startTimeout(), router.display(), values,
                this::agentEnded);
        try {
            jshell = JShell.builder()
                    .executionEngine(launcher, null)
                    .out(router.stdout())
                    .err(router.stderr())
                    .in(stdin)
                    .remoteVMOptions(options.toArray(String[]::new))
                    .compilerOptions(compilerOptions.toArray(String[]::new))
                    .fileManager(standard -> new IsolatedClassPathFileManager(standard, basePath))
                    .build();
        } catch (IllegalStateException e) {
            throw new IOException(rootMessage(e), e);
        }
        agent = launcher.agent();
        jshell.onShutdown(closed -> agentEnded("JShell shut down"));
        for (String snippet : STARTUP) {
            for (SnippetEvent event : jshell.eval(snippet)) {
                if (event.status() != Snippet.Status.VALID) {
                    close();
                    throw new IOException("the Java kernel's start-up snippet failed: " + snippet);
                }
            }
        }
    }

    /** Starts the agent JVM and a JShell connected to it; {@code died} hears why, when the agent ends unbidden. */
    static AgentKernel start(JShellConfig config, OutputRouter router, StdinBridge stdin, Consumer<String> died)
            throws IOException {
        return new AgentKernel(config, router, stdin, died);
    }

    /**
     * Keeps a cell's unnamed result ({@code $12}) and drops the oldest beyond the latest few: JShell
     * compiles every snippet against all results it keeps, so a long session would slow down with
     * each cell run (500 runs of {@code 1+1}: from 30 ms to over 40 ms each).
     */
    void keepResult(Snippet result) {
        results.addLast(result);
        while (results.size() > KEPT_RESULTS) {
            jshell.drop(results.removeFirst());
        }
    }

    JShell jshell() {
        return jshell;
    }

    String javaVersion() {
        return agent.javaVersion();
    }

    long pid() {
        return agent.process().pid();
    }

    /** Whether the agent ended without being asked to. */
    boolean dead() {
        return dead;
    }

    /** Whether the agent still runs and nobody asked it to end. */
    boolean usable() {
        return !ending && !dead;
    }

    /** How the agent JVM ended, for the message that says the kernel died. */
    private String exitDescription() {
        Process process = agent.process();
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return "its JVM exited with status " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "its JVM stopped answering";
    }

    /** Waits up to {@code timeout} for the agent JVM to be gone. */
    void awaitExit(Duration timeout) {
        try {
            agent.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the running cell, if any; callable from any thread. */
    void stop() {
        try {
            jshell.stop();
        } catch (RuntimeException e) {
            // the agent is gone: nothing runs any more
        }
    }

    /** Whether the last invocation was stopped; clears the mark. */
    boolean takeStopped() {
        return agent.control().takeStopped();
    }

    /** Adds a jar or folder to both the compiler's and the agent's class path; false when already there. */
    boolean addToClasspath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!classPath.add(absolute)) {
            return false;
        }
        jshell.addToClasspath(absolute.toString());
        return true;
    }

    /**
     * Runs one of {@link dev.continuum.launchers.jshell.agent.Transfer}'s commands and returns its
     * reply ({@code null} for those that send none); on the session thread, between snippets.
     */
    Map<String, Object> transfer(String command, Object arg, boolean replies) throws IOException {
        values.clear();
        try {
            agent.control().command(command, arg);
        } catch (jdk.jshell.spi.ExecutionControl.ExecutionControlException e) {
            throw new IOException(e.getMessage(), e);
        }
        return replies ? values.reply() : null;
    }

    /** The wrapper class and field of each variable, as {@link AgentExecutionControl#locate} finds them. */
    List<String[]> locate(List<jdk.jshell.VarSnippet> variables) {
        return agent.control().locate(() -> variables.forEach(jshell::varValue));
    }

    /** Ends the agent JVM at once; callable from any thread, even while a cell runs. */
    void kill() {
        ending = true;
        agent.control().kill();
    }

    /** Closes JShell and the agent; on the session thread. Never throws. */
    void close() {
        ending = true;
        try {
            jshell.close();
        } catch (RuntimeException e) {
            // closing is best effort
        }
        agent.control().kill();
    }

    /** Why this kernel cannot run cells any more, for {@code KernelDiedException}. */
    String endMessage() {
        String message = deathMessage;
        return message != null ? message : "the Java kernel was stopped";
    }

    private synchronized void agentEnded(String reason) {
        if (ending || dead) {
            return;
        }
        deathMessage = "the Java kernel died: " + exitDescription() + " (" + reason + ")";
        dead = true;
        died.accept(deathMessage);
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            if (cause instanceof IOException && cause.getMessage() != null) {
                return cause.getMessage();
            }
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }
}
