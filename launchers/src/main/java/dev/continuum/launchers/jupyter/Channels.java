package dev.continuum.launchers.jupyter;

import dev.continuum.launchers.jupyter.process.ConnectionInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The client's sockets to one kernel process: DEALER for shell, stdin and control, SUB (to
 * everything) for iopub, REQ for the heartbeat. Shell and stdin share one identity because the
 * kernel addresses an {@code input_request} to the identity the {@code execute_request} came from.
 * JeroMQ sockets are not thread-safe: only the {@link IoLoop} thread touches these.
 */
final class Channels implements AutoCloseable {

    private final ZContext context;
    private final ConnectionInfo info;
    private final byte[] identity;
    private final Map<Channel, ZMQ.Socket> sockets = new EnumMap<>(Channel.class);
    private int version;

    private Channels(ZContext context, ConnectionInfo info, String sessionId) {
        this.context = context;
        this.info = info;
        this.identity = sessionId.getBytes(StandardCharsets.UTF_8);
    }

    static Channels open(ZContext context, ConnectionInfo info, String sessionId) {
        Channels channels = new Channels(context, info, sessionId);
        channels.connect(Channel.SHELL, SocketType.DEALER, info.shellPort());
        channels.connect(Channel.STDIN, SocketType.DEALER, info.stdinPort());
        channels.connect(Channel.CONTROL, SocketType.DEALER, info.controlPort());
        channels.connect(Channel.IOPUB, SocketType.SUB, info.iopubPort());
        channels.connect(Channel.HEARTBEAT, SocketType.REQ, info.hbPort());
        return channels;
    }

    private void connect(Channel channel, SocketType type, int port) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(0);
        if (type == SocketType.DEALER) {
            socket.setIdentity(identity);
        }
        if (type == SocketType.SUB) {
            // Outputs must not be dropped while the loop is busy: the loop reads as fast as it can.
            socket.setRcvHWM(0);
            socket.subscribe(ZMQ.SUBSCRIPTION_ALL);
        }
        socket.connect(info.endpoint(port));
        sockets.put(channel, socket);
        version++;
    }

    /**
     * A REQ socket that missed its reply can never send again, so a missed heartbeat replaces it,
     * as jupyter_client's heartbeat channel does.
     */
    void resetHeartbeat() {
        ZMQ.Socket old = sockets.remove(Channel.HEARTBEAT);
        if (old != null) {
            context.destroySocket(old);
        }
        connect(Channel.HEARTBEAT, SocketType.REQ, info.hbPort());
    }

    /** Changes whenever a socket is replaced, so the loop knows to rebuild its poller. */
    int version() {
        return version;
    }

    Map<Channel, ZMQ.Socket> sockets() {
        return sockets;
    }

    /** Sends without blocking; false when the socket's queue is full. */
    boolean send(Channel channel, List<byte[]> frames) {
        ZMQ.Socket socket = sockets.get(channel);
        for (int i = 0; i < frames.size(); i++) {
            boolean last = i == frames.size() - 1;
            int flags = (last ? 0 : ZMQ.SNDMORE) | (i == 0 ? ZMQ.DONTWAIT : 0);
            if (!socket.send(frames.get(i), flags) && i == 0) {
                return false;
            }
        }
        return true;
    }

    /** The next whole message waiting on {@code socket}, or null. */
    static List<byte[]> receive(ZMQ.Socket socket) {
        byte[] first = socket.recv(ZMQ.DONTWAIT);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>(8);
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }

    @Override
    public void close() {
        for (ZMQ.Socket socket : sockets.values()) {
            context.destroySocket(socket);
        }
        sockets.clear();
        version++;
    }
}
