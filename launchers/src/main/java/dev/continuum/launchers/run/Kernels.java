package dev.continuum.launchers.run;

import dev.continuum.launchers.jshell.JShellConfig;
import dev.continuum.launchers.jshell.JShellSession;
import dev.continuum.launchers.jupyter.JupyterKernels;
import dev.continuum.launchers.jupyter.SessionOptions;
import dev.continuum.notebook.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** The kernels a notebook runs on when nothing else is said: this machine's. */
public final class Kernels {

    private Kernels() {
    }

    /**
     * Java cells on JShell; other languages on the installed Jupyter kernel the notebook names
     * ({@code metadata.kernelspec.name}, unless {@code kernelOverride}), or one for the language.
     * Jupyter kernels start in {@code workingDirectory} (the notebook's folder, as Jupyter does);
     * nothing is looked up or started until a cell runs.
     */
    public static KernelProvider forNotebook(JsonObject notebookMetadata, Optional<String> kernelOverride, Path workingDirectory) {
        Optional<String> named = kernelOverride.or(() -> notebookMetadata.findObject("kernelspec").flatMap(k -> k.findString("name")));
        return language -> new InstalledKernels(JupyterKernels.installed(), Kernels::startJShell, named,
                SessionOptions.defaults().withWorkingDirectory(workingDirectory)).start(language);
    }

    private static JShellSession startJShell() {
        try {
            return JShellSession.start(JShellConfig.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Java kernel (JShell): " + e.getMessage(), e);
        }
    }
}
