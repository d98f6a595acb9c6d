package dev.continuum.launchers.jshell.agent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent's half of carrying variables between a notebook's languages. The session asks with
 * JShell extension commands, naming the variables with the wrapper class and field JShell keeps
 * each in; new variables get their values in a snippet, {@code { x = Transfer.take("x"); }}.
 * Replies go out as one frame on the values stream (a big-endian {@code int} length, then a
 * Java-serialized {@link HashMap} of JDK types), never as the command's result: JShell's command
 * stream never forgets an object it wrote, so big values sent that way would stay in memory.
 *
 * <p>Only the JDK: values cross as {@code Long}, {@code Double}, {@code String}, {@code Boolean},
 * null, {@link ArrayList}, {@link LinkedHashMap} with string keys, {@code double[]}, {@code long[]},
 * {@code double[][]} and {@code long[][]}; anything else is refused with the reason.
 */
public final class Transfer {

    /** Extension command: fingerprints of the staged values, compared with the last ones. */
    public static final String CHANGES = "continuum.changes";
    /** Extension command: the staged values as carried values, or why not. */
    public static final String EXPORT = "continuum.export";
    /**
     * Extension command: values for {@link #take} to hand out, a serialized map in the file the
     * argument names (JShell's command stream moves big arguments a byte at a time).
     */
    public static final String PUT = "continuum.put";

    private static final int MAX_DEPTH = 100;

    private static OutputStream channel;
    private static Object[] staged = new Object[0];
    private static final Map<String, Object> inbox = new HashMap<>();
    private static final Map<String, String> baseline = new HashMap<>();

    private Transfer() {
    }

    static synchronized void connect(OutputStream stream) {
        channel = stream;
    }

    /** Holds the variables' values for the command that follows. */
    static synchronized void stage(Object[] values) {
        staged = values;
    }

    /** The value put under {@code name}, once; it counts as seen, so it does not look changed afterwards. */
    @SuppressWarnings("unchecked")
    public static synchronized <T> T take(String name) {
        if (!inbox.containsKey(name)) {
            throw new IllegalStateException("no value was sent for " + name);
        }
        Object value = inbox.remove(name);
        baseline.put(name, fingerprint(value));
        return (T) value;
    }

    static boolean handles(String command) {
        return CHANGES.equals(command) || EXPORT.equals(command) || PUT.equals(command);
    }

    /** Runs an extension command; {@code arg} is the staged names, or for {@link #PUT} the values' file. */
    static synchronized void command(String command, Object arg) throws IOException, ClassNotFoundException {
        try {
            switch (command) {
                case CHANGES -> reply(changes((String[]) arg));
                case EXPORT -> reply(export((String[]) arg));
                case PUT -> put(Files.readAllBytes(Path.of((String) arg)));
                default -> throw new IllegalArgumentException(command);
            }
        } finally {
            staged = new Object[0];
        }
    }

    private static HashMap<String, Object> changes(String[] names) {
        Map<String, String> now = new HashMap<>();
        ArrayList<String> changed = new ArrayList<>();
        for (int i = 0; i < names.length && i < staged.length; i++) {
            String print = fingerprint(staged[i]);
            now.put(names[i], print);
            if (!print.equals(baseline.get(names[i]))) {
                changed.add(names[i]);
            }
        }
        ArrayList<String> removed = new ArrayList<>();
        for (String name : baseline.keySet()) {
            if (!now.containsKey(name)) {
                removed.add(name);
            }
        }
        baseline.clear();
        baseline.putAll(now);
        HashMap<String, Object> reply = new HashMap<>();
        reply.put("changed", changed);
        reply.put("removed", removed);
        return reply;
    }

    private static HashMap<String, Object> export(String[] names) {
        LinkedHashMap<String, Object> values = new LinkedHashMap<>();
        HashMap<String, String> refused = new HashMap<>();
        for (int i = 0; i < names.length && i < staged.length; i++) {
            try {
                values.put(names[i], carried(staged[i], names[i], 0));
            } catch (IllegalArgumentException e) {
                refused.put(names[i], e.getMessage());
            }
        }
        HashMap<String, Object> reply = new HashMap<>();
        reply.put("values", values);
        reply.put("refused", refused);
        return reply;
    }

    @SuppressWarnings("unchecked")
    private static void put(byte[] serialized) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
            inbox.putAll((Map<String, Object>) in.readObject());
        }
    }

    private static void reply(HashMap<String, Object> reply) throws IOException {
        if (channel == null) {
            throw new IOException("the values stream is not connected");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(body)) {
            out.writeObject(reply);
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream(body.size() + 4);
        new DataOutputStream(frame).writeInt(body.size());
        body.writeTo(frame);
        channel.write(frame.toByteArray());
        channel.flush();
    }

    /**
     * A cheap sign of change: the value for immutable scalars; identity plus content hash for
     * lists, maps and arrays (so {@code list.add} shows); identity alone for other objects, whose
     * own {@code hashCode} is user code.
     */
    static String fingerprint(Object value) {
        if (value == null) {
            return "null";
        }
        String type = value.getClass().getName();
        if (value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof Character) {
            return type + ":" + value.hashCode() + ":" + (value instanceof String s ? s.length() : value.toString());
        }
        String identity = type + "@" + System.identityHashCode(value);
        try {
            if (value.getClass().isArray()) {
                return identity + ":" + (value instanceof Object[] array ? Arrays.deepHashCode(array) : primitiveHash(value));
            }
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                return identity + ":" + value.hashCode();
            }
        } catch (RuntimeException | StackOverflowError e) {
            return identity;
        }
        return identity;
    }

    private static int primitiveHash(Object array) {
        return switch (array) {
            case double[] a -> Arrays.hashCode(a);
            case long[] a -> Arrays.hashCode(a);
            case int[] a -> Arrays.hashCode(a);
            case float[] a -> Arrays.hashCode(a);
            case boolean[] a -> Arrays.hashCode(a);
            case byte[] a -> Arrays.hashCode(a);
            case short[] a -> Arrays.hashCode(a);
            case char[] a -> Arrays.hashCode(a);
            default -> System.identityHashCode(array);
        };
    }

    /** A copy of {@code value} in the carried types; {@link IllegalArgumentException} says what stands in the way, and where. */
    static Object carried(Object value, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException(path + " is nested more than " + MAX_DEPTH
                    + " levels deep (does it contain itself?)");
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        if (value instanceof double[] a) {
            return a.clone();
        }
        if (value instanceof long[] a) {
            return a.clone();
        }
        if (value instanceof int[] || value instanceof short[] || value instanceof byte[]) {
            long[] copy = new long[Array.getLength(value)];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = ((Number) Array.get(value, i)).longValue();
            }
            return copy;
        }
        if (value instanceof float[] a) {
            double[] copy = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                copy[i] = a[i];
            }
            return copy;
        }
        if (value instanceof Object[] rows && rows.length > 0 && isNumericRow(rows[0])) {
            return matrix(rows, path, depth);
        }
        if (value instanceof Object[] items) {
            return list(Arrays.asList(items), path, depth);
        }
        if (value instanceof boolean[] flags) {
            ArrayList<Object> copy = new ArrayList<>(flags.length);
            for (boolean flag : flags) {
                copy.add(flag);
            }
            return copy;
        }
        if (value instanceof List<?> items) {
            return list(items, path, depth);
        }
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    Object key = entry.getKey();
                    throw new IllegalArgumentException(path + " is a map with a key that is not a string (" + key + ", a "
                            + (key == null ? "null" : key.getClass().getName()) + "); only string keys are carried");
                }
                if (key.equals("__ndarray__")) {
                    throw new IllegalArgumentException(path
                            + " is a map with the key __ndarray__, which marks numeric arrays in transit");
                }
                copy.put(key, carried(entry.getValue(), path + "[\"" + key + "\"]", depth + 1));
            }
            return copy;
        }
        throw new IllegalArgumentException(path + (depth == 0 ? " is " : " holds ") + "a " + value.getClass().getName()
                + ", which is not carried between languages (numbers, strings, booleans, null, lists, maps with string keys"
                + " and numeric arrays are)");
    }

    private static ArrayList<Object> list(List<?> items, String path, int depth) {
        ArrayList<Object> copy = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            copy.add(carried(items.get(i), path + "[" + i + "]", depth + 1));
        }
        return copy;
    }

    private static boolean isNumericRow(Object row) {
        return row instanceof double[] || row instanceof long[] || row instanceof int[] || row instanceof float[];
    }

    /** {@code double[][]} and friends: rectangular only, as a 2-D array is on the other side. */
    private static Object matrix(Object[] rows, String path, int depth) {
        boolean floating = rows[0] instanceof double[] || rows[0] instanceof float[];
        int columns = Array.getLength(rows[0]);
        Object[] copy = floating ? new double[rows.length][] : new long[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].getClass() != rows[0].getClass() || Array.getLength(rows[i]) != columns) {
                throw new IllegalArgumentException(path + " is a 2-D array whose rows differ in length or type (row " + i
                        + "); only rectangular ones are carried");
            }
            copy[i] = carried(rows[i], path + "[" + i + "]", depth + 1);
        }
        return copy;
    }
}
