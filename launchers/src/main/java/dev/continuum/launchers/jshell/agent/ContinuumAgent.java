package dev.continuum.launchers.jshell.agent;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;

/**
 * The main class of the agent JVM, where cells run. It is JShell's own remote agent with one more
 * multiplexed stream, {@value #DISPLAY_CHANNEL}, so {@link Display#display(Object)} reaches the
 * notebook in order with {@code System.out} and {@code System.err}, over the one socket JShell
 * already uses, and {@value #VALUES_CHANNEL} for variables carried to other languages ({@link Transfer}). Runs in the agent JVM: depends on the JDK only.
 */
public final class ContinuumAgent extends RemoteExecutionControl {

    /** Name of the stream that carries rich display frames (see {@link Display}). */
    public static final String DISPLAY_CHANNEL = "continuum-display";

    /** Name of the stream that carries {@link Transfer}'s replies (values carried between languages). */
    public static final String VALUES_CHANNEL = "continuum-values";

    private ContinuumAgent() {
    }

    /** {@code args[0]}: the loopback port the session listens on for JShell's commands. */
    public static void main(String[] args) throws Exception {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]));
        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        outputs.put("out", stream -> System.setOut(new PrintStream(stream, true, StandardCharsets.UTF_8)));
        outputs.put("err", stream -> System.setErr(new PrintStream(stream, true, StandardCharsets.UTF_8)));
        outputs.put(DISPLAY_CHANNEL, Display::connect);
        outputs.put(VALUES_CHANNEL, Transfer::connect);
        Map<String, Consumer<InputStream>> inputs = new HashMap<>();
        inputs.put("in", System::setIn);
        Util.forwardExecutionControlAndIO(new ContinuumAgent(), socket.getInputStream(), socket.getOutputStream(),
                outputs, inputs);
        // The session closed the socket or its JVM is gone: end even if cells left threads running.
        System.exit(0);
    }

    /** {@link Transfer}'s commands; the reply travels on {@value #VALUES_CHANNEL}, so the result is always null. */
    @Override
    public Object extensionCommand(String command, Object arg) throws RunException, EngineTerminationException,
            InternalException {
        if (!Transfer.handles(command)) {
            return super.extensionCommand(command, arg);
        }
        try {
            Transfer.command(command, arg);
            return null;
        } catch (Exception | LinkageError e) {
            throw new InternalException(command + " failed: " + e);
        }
    }
}
