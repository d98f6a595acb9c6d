package dev.continuum.launchers.jupyter;

import dev.continuum.launchers.jupyter.spec.KernelSpec;
import dev.continuum.launchers.jupyter.spec.KernelSpecs;
import dev.continuum.launchers.jupyter.spec.NoSuchKernelException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where Jupyter kernel sessions come from: the installed kernelspecs, and starting one by name
 * ({@code JupyterKernels.installed().start("python3")}).
 */
public final class JupyterKernels {

    private final KernelSpecs specs;

    public JupyterKernels(KernelSpecs specs) {
        this.specs = specs;
    }

    /** The kernels installed for this user, found in Jupyter's standard folders. */
    public static JupyterKernels installed() {
        return new JupyterKernels(KernelSpecs.installed());
    }

    public List<KernelSpec> list() {
        return specs.list();
    }

    /** Starts the kernel called {@code name} in the current directory; returns once it is ready. */
    public JupyterKernelSession start(String name) throws KernelStartException {
        return start(name, SessionOptions.defaults());
    }

    /** Starts the kernel called {@code name}; returns once it answered {@code kernel_info}. */
    public JupyterKernelSession start(String name, SessionOptions options) throws KernelStartException {
        return JupyterKernelSession.start(spec(name), options);
    }

    /** Starts the kernel called {@code name} without blocking; the future fails with {@link KernelStartException}. */
    public CompletableFuture<JupyterKernelSession> startAsync(String name, SessionOptions options) {
        try {
            return JupyterKernelSession.startAsync(spec(name), options);
        } catch (KernelStartException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private KernelSpec spec(String name) throws KernelStartException {
        try {
            return specs.get(name);
        } catch (NoSuchKernelException e) {
            throw new KernelStartException(e.getMessage(), e);
        }
    }
}
