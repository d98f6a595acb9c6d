package dev.continuum.launchers.jupyter.spec;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jupyter's data folders in jupyter_core's order ({@code jupyter --paths}): {@code $JUPYTER_PATH},
 * the user's data dir and Python user-site data dir, the active environment's {@code share/jupyter} (a virtualenv or conda
 * prefix), then the system folders. Computed from an environment map, so tests can pass their own.
 */
public final class JupyterPaths {

    private final Map<String, String> env;
    private final Path home;
    private final String os;

    public JupyterPaths(Map<String, String> env, Path home, String osName) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.os = osName.toLowerCase(Locale.ROOT);
    }

    /** The paths of this process's environment and user. */
    public static JupyterPaths current() {
        return new JupyterPaths(System.getenv(), Path.of(System.getProperty("user.home")), System.getProperty("os.name"));
    }

    /** {@code $JUPYTER_DATA_DIR}, else the platform's user data folder for Jupyter. */
    public Path userDataDir() {
        String explicit = env.get("JUPYTER_DATA_DIR");
        if (present(explicit)) {
            return Path.of(explicit);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Jupyter");
        }
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return present(appData) ? Path.of(appData, "jupyter") : home.resolve(".jupyter").resolve("data");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (present(xdg) ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("jupyter");
    }

    /**
     * Where {@code pip install --user} puts data files ({@code site.getuserbase()/share/jupyter}):
     * {@code $PYTHONUSERBASE}, else {@code ~/.local} (Windows: {@code %APPDATA%\Python}).
     */
    public Path userSiteDataDir() {
        String base = env.get("PYTHONUSERBASE");
        Path userBase = present(base) ? Path.of(base)
                : os.contains("win") && present(env.get("APPDATA")) ? Path.of(env.get("APPDATA"), "Python")
                : home.resolve(".local");
        return userBase.resolve("share").resolve("jupyter");
    }

    /** Every data folder, highest priority first, without duplicates. */
    public List<Path> dataDirs() {
        LinkedHashSet<Path> dirs = new LinkedHashSet<>();
        String jupyterPath = env.get("JUPYTER_PATH");
        if (present(jupyterPath)) {
            for (String entry : jupyterPath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    dirs.add(Path.of(entry));
                }
            }
        }
        List<Path> system = systemDirs();
        List<Path> environment = new ArrayList<>();
        for (String prefix : new String[] {env.get("VIRTUAL_ENV"), env.get("CONDA_PREFIX")}) {
            if (present(prefix)) {
                Path dir = Path.of(prefix, "share", "jupyter");
                if (!system.contains(dir)) {
                    environment.add(dir);
                }
            }
        }
        String preferEnv = env.getOrDefault("JUPYTER_PREFER_ENV_PATH", "");
        boolean environmentFirst = present(preferEnv) && !List.of("0", "false", "no", "off", "n")
                .contains(preferEnv.toLowerCase(Locale.ROOT));
        List<Path> user = List.of(userDataDir(), userSiteDataDir());
        if (environmentFirst) {
            dirs.addAll(environment);
            dirs.addAll(user);
        } else {
            dirs.addAll(user);
            dirs.addAll(environment);
        }
        dirs.addAll(system);
        return List.copyOf(dirs);
    }

    /** The folders kernelspecs live in: each data folder + {@code kernels}. */
    public List<Path> kernelDirs() {
        return dataDirs().stream().map(dir -> dir.resolve("kernels")).toList();
    }

    private List<Path> systemDirs() {
        if (os.contains("win")) {
            String programData = env.get("PROGRAMDATA");
            return present(programData) ? List.of(Path.of(programData, "jupyter")) : List.of();
        }
        return List.of(Path.of("/usr/local/share/jupyter"), Path.of("/usr/share/jupyter"));
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }
}
