package dev.continuum.launchers.jupyter.process;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.launchers.jupyter.wire.MessageSigner;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where a kernel listens and the key its messages are signed with: the content of a Jupyter
 * connection file. {@link #toString()} hides the key so it never reaches a log.
 */
public record ConnectionInfo(String ip, int shellPort, int iopubPort, int stdinPort, int controlPort, int hbPort,
                             String key, String kernelName) {

    public static final String TRANSPORT = "tcp";
    public static final String LOOPBACK = "127.0.0.1";

    public ConnectionInfo {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kernelName, "kernelName");
    }

    /** A fresh random 256-bit key, as hex. */
    public static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    /** Loopback with five free ports, picked now. */
    public static ConnectionInfo onFreeLoopbackPorts(String key, String kernelName) throws java.io.IOException {
        int[] ports = FreePorts.pick(5);
        return new ConnectionInfo(LOOPBACK, ports[0], ports[1], ports[2], ports[3], ports[4], key, kernelName);
    }

    public String endpoint(int port) {
        return TRANSPORT + "://" + ip + ":" + port;
    }

    /** The connection file's JSON, with the members jupyter_client writes. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("shell_port", shellPort);
        json.put("iopub_port", iopubPort);
        json.put("stdin_port", stdinPort);
        json.put("control_port", controlPort);
        json.put("hb_port", hbPort);
        json.put("ip", ip);
        json.put("key", key);
        json.put("transport", TRANSPORT);
        json.put("signature_scheme", MessageSigner.SCHEME);
        json.put("kernel_name", kernelName);
        return json;
    }

    @Override
    public String toString() {
        return "ConnectionInfo[" + ip + " shell=" + shellPort + " iopub=" + iopubPort + " stdin=" + stdinPort
                + " control=" + controlPort + " hb=" + hbPort + " kernel=" + kernelName + "]";
    }
}
