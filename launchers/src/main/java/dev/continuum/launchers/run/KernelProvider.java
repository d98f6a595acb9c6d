package dev.continuum.launchers.run;

import dev.continuum.launchers.kernel.KernelSession;

/** Starts the kernel that runs one language's cells of a notebook. */
@FunctionalInterface
public interface KernelProvider {

    /**
     * A started, ready session for {@code language} ("python", "java", ...).
     *
     * @throws Exception with a message naming the language and what was tried when none can start
     */
    KernelSession start(String language) throws Exception;
}
