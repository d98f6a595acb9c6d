package dev.continuum.launchers.jupyter.spec;

import java.io.IOException;

/** A kernel.json that cannot be read or lacks what is needed to start the kernel. */
public final class InvalidKernelSpecException extends IOException {

    public InvalidKernelSpecException(String message) {
        super(message);
    }

    public InvalidKernelSpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
