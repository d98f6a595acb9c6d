package dev.continuum.launchers.jshell.agent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
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
        // JShell cuts every stream into 127-byte packets and flushes after each write: buffer the
        // socket so a big value is not one system call per packet, and send small replies at once.
        socket.setTcpNoDelay(true);
        Util.forwardExecutionControlAndIO(new ContinuumAgent(), new BufferedInputStream(socket.getInputStream()),
                new BufferedOutputStream(socket.getOutputStream()),
                outputs, inputs);
        // The session closed the socket or its JVM is gone: end even if cells left threads running.
        System.exit(0);
    }

    /** The static fields JShell keeps variables in (its wrapper classes), read as JShell's own {@code varValue} reads them. */
    private Object[] values(String[] classes, String[] fields) throws ReflectiveOperationException {
        Object[] values = new Object[classes.length];
        for (int i = 0; i < values.length; i++) {
            Field field = findClass(classes[i]).getDeclaredField(fields[i]);
            field.setAccessible(true);
            values[i] = field.get(null);
        }
        return values;
    }

    /**
     * {@link Transfer}'s commands; for those about variables, {@code arg} holds their names,
     * wrapper classes and fields. the reply travels on {@value #VALUES_CHANNEL}, so the result is always null.
     */
    @Override
    public Object extensionCommand(String command, Object arg) throws RunException, EngineTerminationException,
            InternalException {
        if (!Transfer.handles(command)) {
            return super.extensionCommand(command, arg);
        }
        try {
            if (arg instanceof String[][] variables) {
                Transfer.stage(values(variables[1], variables[2]));
                arg = variables[0];
            }
            Transfer.command(command, arg);
            return null;
        } catch (Exception | LinkageError e) {
            throw new InternalException(command + " failed: " + e);
        }
    }
}
