package dev.continuum.launchers.kernel;

/** The kernel process ended (or stopped answering its heartbeat) while a request was outstanding. */
public final class KernelDiedException extends RuntimeException {

    public KernelDiedException(String message) {
        super(message);
    }
}
