package dev.continuum.launchers.run;

import dev.continuum.launchers.jupyter.JupyterKernels;
import dev.continuum.launchers.jupyter.SessionOptions;
import dev.continuum.launchers.jupyter.spec.KernelSpec;
import dev.continuum.launchers.kernel.KernelSession;
import dev.continuum.notebook.CellCode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The kernels of this machine: Java cells run on Continuum's JShell session (so do notebooks made
 * for IJava, whose kernelspec is called "java"); every other language on an installed Jupyter
 * kernel: the one the notebook names (its {@code metadata.kernelspec.name}, or {@code --kernel})
 * when it is for that language, else one installed for the language ("python3" first for Python).
 */
public final class InstalledKernels implements KernelProvider {

    private final JupyterKernels jupyter;
    private final Supplier<KernelSession> javaSessions;
    private final Optional<String> preferredKernel;
    private final SessionOptions options;

    /**
     * @param preferredKernel the kernelspec name the notebook asks for (or the user chose), if any
     * @param javaSessions    starts a JShell session for Java cells
     */
    public InstalledKernels(JupyterKernels jupyter, Supplier<KernelSession> javaSessions, Optional<String> preferredKernel,
                            SessionOptions options) {
        this.jupyter = jupyter;
        this.javaSessions = javaSessions;
        this.preferredKernel = preferredKernel;
        this.options = options;
    }

    @Override
    public KernelSession start(String language) throws Exception {
        if (CellCode.JAVA.equals(language)) {
            return javaSessions.get();
        }
        return jupyter.start(specFor(language).name(), options);
    }

    /** The kernelspec that runs {@code language}'s cells; fails naming what is installed. */
    public KernelSpec specFor(String language) throws NoKernelException {
        List<KernelSpec> installed = jupyter.list();
        Optional<KernelSpec> named = preferredKernel.flatMap(name -> installed.stream().filter(s -> s.name().equals(name)).findFirst());
        if (preferredKernel.isPresent() && named.isEmpty() && !"java".equals(preferredKernel.get())) {
            throw new NoKernelException("no Jupyter kernel called \"" + preferredKernel.get() + "\" is installed (installed: "
                    + describe(installed) + ")");
        }
        if (named.isPresent() && languageOf(named.get()).equals(language)) {
            return named.get();
        }
        return installed.stream().filter(spec -> languageOf(spec).equals(language))
                .min(Comparator.comparing((KernelSpec spec) -> !spec.name().equals(language + "3")).thenComparing(KernelSpec::name))
                .orElseThrow(() -> new NoKernelException("no Jupyter kernel for " + language + " is installed (installed: "
                        + describe(installed) + "); install one, e.g. Debian's python3-ipykernel for Python"));
    }

    private static String languageOf(KernelSpec spec) {
        return spec.language() == null ? "" : spec.language().toLowerCase(Locale.ROOT);
    }

    private static String describe(List<KernelSpec> specs) {
        return specs.isEmpty() ? "none" : specs.stream().map(s -> s.name() + " (" + s.language() + ")").collect(Collectors.joining(", "));
    }

    /** No installed kernel can run a language. */
    public static final class NoKernelException extends Exception {
        public NoKernelException(String message) {
            super(message);
        }
    }
}
