package dev.continuum.launchers.jupyter.spec;

/** How a kernel wants to be interrupted ({@code interrupt_mode} in kernel.json). */
public enum InterruptMode {
    /** SIGINT to the kernel process: the default, and what ipykernel expects. */
    SIGNAL,
    /** An {@code interrupt_request} on the control channel, for kernels that cannot take signals. */
    MESSAGE;

    static InterruptMode parse(String value) {
        return "message".equals(value) ? MESSAGE : SIGNAL;
    }
}
