package dev.continuum.launchers.jupyter.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks free loopback TCP ports the way jupyter_client does: bind port 0, read the port, release.
 * All are held open together so the same port is never handed out twice in one call.
 */
public final class FreePorts {

    private FreePorts() {
    }

    public static int[] pick(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>(count);
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
