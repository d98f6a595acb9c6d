package dev.continuum.launchers.jupyter.spec;

/** No installed kernelspec has the asked-for name. */
public final class NoSuchKernelException extends Exception {

    public NoSuchKernelException(String message) {
        super(message);
    }
}
