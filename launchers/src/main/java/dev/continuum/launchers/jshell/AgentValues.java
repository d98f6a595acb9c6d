package dev.continuum.launchers.jshell;

import dev.continuum.launchers.jshell.agent.Transfer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * The session's end of the agent's values stream: collects the reply frame {@link Transfer} writes
 * during an extension command (JShell delivers it before the command's own result) and reads it
 * back, accepting only the JDK types values are carried in.
 */
final class AgentValues extends OutputStream {

    /** Primitive arrays ({@code double[]}, {@code long[][]}) pass filters by default; object arrays are checked by element type. */
    private static final ObjectInputFilter CARRIED_TYPES = ObjectInputFilter.Config.createFilter(
            "maxdepth=210;java.util.HashMap;java.util.LinkedHashMap;java.util.ArrayList;java.util.Map$Entry;"
                    + "java.lang.Object;java.lang.String;java.lang.Number;java.lang.Long;java.lang.Double;java.lang.Boolean;!*");

    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int count) {
        received.write(bytes, offset, count);
    }

    synchronized void clear() {
        received.reset();
    }

    /** The reply of the command that just ended. */
    @SuppressWarnings("unchecked")
    synchronized Map<String, Object> reply() throws IOException {
        byte[] frame = received.toByteArray();
        received.reset();
        if (frame.length < 4 || ByteBuffer.wrap(frame).getInt() != frame.length - 4) {
            throw new IOException("the Java kernel's reply was cut short (" + frame.length + " bytes)");
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(frame, 4, frame.length - 4))) {
            in.setObjectInputFilter(CARRIED_TYPES);
            return (HashMap<String, Object>) in.readObject();
        } catch (ClassNotFoundException | ClassCastException | InvalidClassException e) {
            throw new IOException("the Java kernel sent a value of an unexpected type: " + e.getMessage(), e);
        }
    }

    /** Values for {@link Transfer#PUT}, serialized as the agent reads them. */
    static byte[] serialize(HashMap<String, Object> values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(values);
        }
        return bytes.toByteArray();
    }
}
