package dev.continuum.launchers.jupyter.spec;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The installed kernels, found as {@code jupyter kernelspec list} finds them: every
 * {@code NAME/kernel.json} under the kernel folders, the first folder winning when two hold the
 * same name. A broken kernel.json hides only that kernel (and is logged), never the others.
 */
public final class KernelSpecs {

    private static final System.Logger LOG = System.getLogger(KernelSpecs.class.getName());

    private final List<Path> kernelDirs;

    public KernelSpecs(List<Path> kernelDirs) {
        this.kernelDirs = List.copyOf(kernelDirs);
    }

    /** The kernels of this process's environment and user. */
    public static KernelSpecs installed() {
        return new KernelSpecs(JupyterPaths.current().kernelDirs());
    }

    /** The folders searched, highest priority first. */
    public List<Path> searchPath() {
        return kernelDirs;
    }

    /** Every kernel, sorted by name. */
    public List<KernelSpec> list() {
        Map<String, KernelSpec> byName = new TreeMap<>();
        for (Path dir : kernelDirs) {
            for (Path kernelDir : kernelFolders(dir)) {
                String name = kernelDir.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!byName.containsKey(name)) {
                    read(kernelDir).ifPresent(spec -> byName.put(name, spec));
                }
            }
        }
        return List.copyOf(byName.values());
    }

    /** The kernel called {@code name} (case-insensitive, as Jupyter's names are), if installed. */
    public Optional<KernelSpec> find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Path dir : kernelDirs) {
            for (Path kernelDir : kernelFolders(dir)) {
                if (kernelDir.getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted)) {
                    Optional<KernelSpec> spec = read(kernelDir);
                    if (spec.isPresent()) {
                        return spec;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The kernel called {@code name}, or an error listing the folders searched and the kernels found. */
    public KernelSpec get(String name) throws NoSuchKernelException {
        return find(name).orElseThrow(() -> new NoSuchKernelException("no Jupyter kernel named '" + name
                + "' (searched " + kernelDirs + "; installed: "
                + list().stream().map(KernelSpec::name).toList() + ")"));
    }

    private static List<Path> kernelFolders(Path dir) {
        List<Path> folders = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return folders;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry.resolve(KernelSpec.FILE_NAME))) {
                    folders.add(entry);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list kernels in " + dir + ": " + e.getMessage());
        }
        folders.sort(null);
        return folders;
    }

    private static Optional<KernelSpec> read(Path kernelDir) {
        try {
            return Optional.of(KernelSpec.read(kernelDir));
        } catch (InvalidKernelSpecException e) {
            LOG.log(Level.WARNING, "ignoring kernel: " + e.getMessage());
            return Optional.empty();
        }
    }
}
