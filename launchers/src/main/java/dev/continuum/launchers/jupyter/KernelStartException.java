package dev.continuum.launchers.jupyter;

/**
 * A kernel could not be started: no such kernelspec, no interpreter able to run it, or it died or
 * stayed silent before answering {@code kernel_info}. The message names the kernel and quotes the
 * end of its console output, which is where Python puts the reason.
 */
public final class KernelStartException extends Exception {

    public KernelStartException(String message) {
        super(message);
    }

    public KernelStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
