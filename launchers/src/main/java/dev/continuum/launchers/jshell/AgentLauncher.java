package dev.continuum.launchers.jshell;

import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.VMStartException;
import dev.continuum.launchers.jshell.agent.ContinuumAgent;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jdk.jshell.execution.JdiInitiator;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Starts the agent JVM for one JShell, the way JShell's {@code jdi:launch(true)} engine does, with
 * three differences: the JVM comes from a chosen Java home, its main class is {@link ContinuumAgent}
 * (which adds the display and values streams), and the options travel in an {@code @argfile} so paths with
 * spaces survive. Also copies what the JVM itself prints (not {@code System.out}, which travels
 * over the socket) to the session, and reports the JVM's unbidden end.
 */
final class AgentLauncher implements ExecutionControlProvider {

    /** What the session learns once the agent runs. */
    record Agent(AgentExecutionControl control, Process process, String javaVersion) {
    }

    private final Path javaHome;
    private final Duration timeout;
    private final OutputStream display;
    private final OutputStream values;
    private final Consumer<String> exited;
    private volatile Agent agent;

    AgentLauncher(Path javaHome, Duration timeout, OutputStream display, OutputStream values, Consumer<String> exited) {
        this.javaHome = javaHome;
        this.timeout = timeout;
        this.display = display;
        this.values = values;
        this.exited = exited;
    }

    @Override
    public String name() {
        return "continuum-agent";
    }

    @Override
    public Map<String, String> defaultParameters() {
        return Map.of();
    }

    /** The running agent, once JShell has built it. */
    Agent agent() {
        return agent;
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
        Path java = javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        if (!Files.isExecutable(java)) {
            throw new IOException("no java executable at " + java + ": the agent JVM needs a JDK's Java home");
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        Path argFile = writeArgFile(env.extraRemoteVMOptions());
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(millis);
            JdiInitiator initiator;
            try {
                initiator = new JdiInitiator(listener.getLocalPort(), List.of(quoted("@" + argFile)),
                        ContinuumAgent.class.getName(), true, null, millis, Map.of("home", javaHome.toString()));
            } catch (RuntimeException | Error e) {
                throw new IOException(startFailure(e), e);
            }
            VirtualMachine vm = initiator.vm();
            Process process = initiator.process();
            Util.detectJdiExitEvent(vm, reason -> {
                closeQuietly(listener);
                exited.accept(reason);
                env.closeDown();
            });
            copy(process.getInputStream(), env.userOut(), "agent stdout");
            copy(process.getErrorStream(), env.userErr(), "agent stderr");
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                process.destroyForcibly();
                throw new IOException("the agent JVM (" + javaHome + ") ended or hung before it connected: " + e.getMessage(), e);
            }
            Map<String, OutputStream> outputs = new HashMap<>();
            outputs.put("out", env.userOut());
            outputs.put("err", env.userErr());
            outputs.put(ContinuumAgent.DISPLAY_CHANNEL, display);
            outputs.put(ContinuumAgent.VALUES_CHANNEL, values);
            Map<String, InputStream> inputs = Map.of("in", env.userIn());
            AgentExecutionControl[] control = new AgentExecutionControl[1];
            // Buffered, without Nagle's delay, as on the agent's side (see ContinuumAgent.main).
            socket.setTcpNoDelay(true);
            ExecutionControl result = Util.remoteInputOutput(new BufferedInputStream(socket.getInputStream()),
                    new BufferedOutputStream(socket.getOutputStream()),
                    outputs, inputs, (in, out) -> control[0] = new AgentExecutionControl(out, in, vm, process));
            agent = new Agent(control[0], process, vm.version());
            return result;
        } finally {
            Files.deleteIfExists(argFile);
        }
    }

    private static void closeQuietly(ServerSocket listener) {
        try {
            listener.close();
        } catch (IOException e) {
            // closing only stops a wait that can no longer succeed
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    private static Path writeArgFile(List<String> options) throws IOException {
        Path file = Files.createTempFile("continuum-jshell-", ".args");
        String text = options.stream().map(AgentLauncher::argFileQuoted).collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** One argument as the {@code java} launcher reads it from an argument file. */
    static String argFileQuoted(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** One argument as JDI's launching connector splits its {@code options} string. */
    private static String quoted(String argument) {
        return argument.chars().anyMatch(Character::isWhitespace) ? "\"" + argument + "\"" : argument;
    }

    /** Says why the JVM did not start, with what it printed when it printed anything. */
    private String startFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof VMStartException start && start.process() != null) {
                String printed = readAll(start.process().getErrorStream()) + readAll(start.process().getInputStream());
                if (!printed.isBlank()) {
                    return "the agent JVM (" + javaHome + ") did not start: " + printed.strip();
                }
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "the agent JVM (" + javaHome + ") did not start: "
                + (root.getMessage() != null ? root.getMessage() : root.toString());
    }

    private static String readAll(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void copy(InputStream from, OutputStream to, String name) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (from) {
                for (int n; (n = from.read(buffer)) >= 0; ) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // the agent ended
            }
        }, "continuum-jshell " + name);
        thread.setDaemon(true);
        thread.start();
    }
}
