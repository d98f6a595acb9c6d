package dev.continuum.launchers.jupyter;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The one thread that owns a session's ZeroMQ sockets. It sleeps in a poller until a socket has a
 * message, a timer is due, or another thread {@link #post posts} a task (a byte on a pipe wakes
 * it). Everything that touches sockets or the session's routing state runs here, so none of it
 * needs locks.
 */
final class IoLoop implements AutoCloseable {

    /** Receives every message read from a socket, on the loop thread. */
    interface Receiver {
        void received(Channel channel, List<byte[]> frames);
    }

    /** A timer that can be cancelled before it fires. */
    static final class Timer implements Comparable<Timer> {
        private final long dueNanos;
        private final long sequence;
        private final Runnable task;
        private boolean cancelled;

        private Timer(long dueNanos, long sequence, Runnable task) {
            this.dueNanos = dueNanos;
            this.sequence = sequence;
            this.task = task;
        }

        void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Timer other) {
            int byDue = Long.compare(dueNanos, other.dueNanos);
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }
    }

    private static final System.Logger LOG = System.getLogger(IoLoop.class.getName());

    private final ZContext context = new ZContext(1);
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Pipe wakeup;
    private final Receiver receiver;
    private final Runnable onCrash;
    private final Thread thread;
    private final Object wakeLock = new Object();
    private volatile boolean running = true;
    private long timerSequence;
    private Channels channels;
    private int pollerVersion = -1;
    private ZMQ.Poller poller;
    private int wakeupIndex;
    private final Map<Channel, Integer> socketIndexes = new EnumMap<>(Channel.class);

    /** {@code onCrash} runs on the loop thread if the loop itself fails, so nothing waits on it forever. */
    IoLoop(String name, Receiver receiver, Runnable onCrash) throws IOException {
        this.receiver = receiver;
        this.onCrash = onCrash;
        this.context.setLinger(0);
        this.wakeup = Pipe.open();
        this.wakeup.source().configureBlocking(false);
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    ZContext context() {
        return context;
    }

    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code task} on the loop thread, after the tasks posted before it; false once the loop stopped. */
    boolean post(Runnable task) {
        // Under the lock, so no task slips in after the loop's last look at the queue.
        synchronized (wakeLock) {
            if (!running) {
                return false;
            }
            tasks.add(task);
            wake();
        }
        return true;
    }

    private void wake() {
        try {
            if (wakeup.sink().isOpen()) {
                wakeup.sink().write(ByteBuffer.wrap(new byte[] {1}));
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "wake-up pipe closed: " + e.getMessage());
        }
    }

    /** Runs {@code task} on the loop thread after {@code delay}; loop thread only. */
    Timer schedule(Duration delay, Runnable task) {
        requireLoop();
        Timer timer = new Timer(System.nanoTime() + delay.toNanos(), timerSequence++, task);
        timers.add(timer);
        return timer;
    }

    /** The sockets the loop reads from now on (null for none); the caller owns closing the old ones. */
    void attach(Channels channels) {
        requireLoop();
        this.channels = channels;
        this.pollerVersion = -1;
    }

    Channels channels() {
        return channels;
    }

    /**
     * Stops the loop once the tasks already posted have run; the loop then closes the attached
     * sockets and the ZeroMQ context. Waits for it briefly.
     */
    @Override
    public void close() {
        synchronized (wakeLock) {
            if (!running) {
                return;
            }
            running = false;
            wake();
        }
        if (!inLoop()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (running || !tasks.isEmpty()) {
                rebuildPollerIfNeeded();
                poller.poll(nextTimeoutMillis());
                if (poller.pollin(wakeupIndex)) {
                    drainWakeup();
                }
                runTasks();
                readSockets();
                runDueTimers();
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.ERROR, "Jupyter I/O loop failed", e);
            synchronized (wakeLock) {
                running = false;
            }
            guarded(onCrash);
            runTasks();
        } finally {
            cleanUp();
        }
    }

    private void rebuildPollerIfNeeded() {
        int version = channels == null ? 0 : channels.version() + 1;
        if (poller != null && version == pollerVersion) {
            return;
        }
        if (poller != null) {
            poller.close();
        }
        poller = context.createPoller(6);
        wakeupIndex = poller.register(wakeup.source(), ZMQ.Poller.POLLIN);
        socketIndexes.clear();
        if (channels != null) {
            channels.sockets().forEach((channel, socket) ->
                    socketIndexes.put(channel, poller.register(socket, ZMQ.Poller.POLLIN)));
        }
        pollerVersion = version;
    }

    private long nextTimeoutMillis() {
        if (!tasks.isEmpty()) {
            return 0;
        }
        Timer next = timers.peek();
        if (next == null) {
            return -1;
        }
        long nanos = next.dueNanos - System.nanoTime();
        return nanos <= 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999));
    }

    private void drainWakeup() {
        ByteBuffer buffer = ByteBuffer.allocate(256);
        try {
            while (wakeup.source().read(buffer) > 0) {
                buffer.clear();
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "wake-up pipe read failed: " + e.getMessage());
        }
    }

    private void runTasks() {
        for (Runnable task; (task = tasks.poll()) != null; ) {
            guarded(task);
        }
    }

    private void readSockets() {
        if (channels == null) {
            return;
        }
        int version = pollerVersion;
        List<Map.Entry<Channel, Integer>> ready = new ArrayList<>();
        for (Map.Entry<Channel, Integer> entry : socketIndexes.entrySet()) {
            if (poller.pollin(entry.getValue())) {
                ready.add(entry);
            }
        }
        for (Map.Entry<Channel, Integer> entry : ready) {
            // A handler may have replaced the sockets (a restart, a reset heartbeat): stop reading stale ones.
            if (channels == null || channels.version() + 1 != version) {
                return;
            }
            Channel channel = entry.getKey();
            ZMQ.Socket socket = channels.sockets().get(channel);
            // A REQ socket holds one reply; asking it for a second one is an error, not "none".
            int limit = channel == Channel.HEARTBEAT ? 1 : Integer.MAX_VALUE;
            for (int read = 0; socket != null && read < limit; read++) {
                List<byte[]> frames;
                try {
                    frames = Channels.receive(socket);
                } catch (ZMQException e) {
                    LOG.log(Level.WARNING, "reading the " + channel + " socket failed: " + e.getMessage());
                    break;
                }
                if (frames == null) {
                    break;
                }
                guarded(() -> receiver.received(channel, frames));
                if (channels == null || channels.version() + 1 != version) {
                    return;
                }
            }
        }
    }

    private void runDueTimers() {
        long now = System.nanoTime();
        while (!timers.isEmpty() && timers.peek().dueNanos <= now) {
            Timer timer = timers.poll();
            if (!timer.cancelled) {
                guarded(timer.task);
            }
        }
    }

    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Jupyter session task failed", e);
        }
    }

    private void cleanUp() {
        try {
            if (channels != null) {
                channels.close();
                channels = null;
            }
            if (poller != null) {
                poller.close();
            }
            context.close();
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "closing ZeroMQ failed: " + e.getMessage());
        }
        synchronized (wakeLock) {
            try {
                wakeup.sink().close();
                wakeup.source().close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the wake-up pipe failed: " + e.getMessage());
            }
        }
    }

    private void requireLoop() {
        if (!inLoop()) {
            throw new IllegalStateException("called off the Jupyter I/O loop thread");
        }
    }
}
