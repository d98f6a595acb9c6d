package dev.continuum.launchers.jupyter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Pings the kernel's heartbeat socket every interval; a kernel that misses {@code maxMisses}
 * pings in a row is hung (or its machine is) even though its process may still exist. ipykernel
 * answers from a separate thread, so a cell busy in a tight loop still answers. Loop thread only.
 */
final class Heartbeat {

    private static final byte[] PING = "ping".getBytes(StandardCharsets.US_ASCII);

    private final IoLoop loop;
    private final Duration interval;
    private final int maxMisses;
    private final Runnable onFlatline;
    private Channels channels;
    private IoLoop.Timer timer;
    private boolean awaitingReply;
    private int misses;

    Heartbeat(IoLoop loop, Duration interval, int maxMisses, Runnable onFlatline) {
        this.loop = loop;
        this.interval = interval;
        this.maxMisses = maxMisses;
        this.onFlatline = onFlatline;
    }

    void start(Channels channels) {
        stop();
        this.channels = channels;
        tick();
    }

    void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        channels = null;
        awaitingReply = false;
        misses = 0;
    }

    void replied() {
        awaitingReply = false;
        misses = 0;
    }

    private void tick() {
        if (channels == null) {
            return;
        }
        if (awaitingReply) {
            misses++;
            if (misses >= maxMisses) {
                stop();
                onFlatline.run();
                return;
            }
            channels.resetHeartbeat();
        }
        // A ping that cannot even be queued counts as missed too.
        channels.send(Channel.HEARTBEAT, List.of(PING));
        awaitingReply = true;
        timer = loop.schedule(interval, this::tick);
    }

    int maxMisses() {
        return maxMisses;
    }
}
