package dev.continuum.launchers.jupyter;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a session waits for its kernel. {@code startup}: from launch to a usable kernel.
 * A kernel missing {@code heartbeatMisses} beats {@code heartbeatInterval} apart is dead.
 * {@code shutdown}: how long a kernel asked to stop may take before it is terminated.
 * {@code idleGrace}: how long an execution waits for the kernel's idle status after its reply.
 */
public record KernelTimeouts(Duration startup, Duration heartbeatInterval, int heartbeatMisses, Duration shutdown,
                             Duration idleGrace) {

    public static final KernelTimeouts DEFAULTS = new KernelTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(1), 3,
            Duration.ofSeconds(3), Duration.ofSeconds(5));

    public KernelTimeouts {
        Objects.requireNonNull(startup, "startup");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(shutdown, "shutdown");
        Objects.requireNonNull(idleGrace, "idleGrace");
        if (heartbeatMisses < 1) {
            throw new IllegalArgumentException("heartbeatMisses must be at least 1");
        }
    }

    public KernelTimeouts withStartup(Duration value) {
        return new KernelTimeouts(value, heartbeatInterval, heartbeatMisses, shutdown, idleGrace);
    }

    public KernelTimeouts withHeartbeat(Duration interval, int misses) {
        return new KernelTimeouts(startup, interval, misses, shutdown, idleGrace);
    }

    public KernelTimeouts withShutdown(Duration value) {
        return new KernelTimeouts(startup, heartbeatInterval, heartbeatMisses, value, idleGrace);
    }

    public KernelTimeouts withIdleGrace(Duration value) {
        return new KernelTimeouts(startup, heartbeatInterval, heartbeatMisses, shutdown, value);
    }
}
