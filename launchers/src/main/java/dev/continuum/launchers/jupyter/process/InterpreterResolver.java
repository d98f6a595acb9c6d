package dev.continuum.launchers.jupyter.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Finds a Python that can run a kernelspec whose argv starts with a bare {@code python3} or
 * {@code python}. The first one on PATH is often a pyenv, conda or venv interpreter without
 * ipykernel while the kernelspec came from the system's package: so each candidate (PATH's, then
 * {@code /usr/bin/python3}) is asked whether it can import the module the argv runs with
 * {@code -m}, and the first that can is used. Interpreters named by path are left alone.
 */
public final class InterpreterResolver {

    private static final Set<String> BARE_PYTHONS = Set.of("python", "python3");
    private static final Path SYSTEM_PYTHON = Path.of("/usr/bin/python3");
    private static final String PROBE =
            "import importlib.util, sys; sys.exit(0 if importlib.util.find_spec(sys.argv[1]) else 3)";
    /** Interpreters known to import a module ("interpreter\0module"); failures are asked again next time. */
    private static final Set<String> KNOWN_GOOD = ConcurrentHashMap.newKeySet();

    private final long probeTimeoutMillis;

    public InterpreterResolver() {
        this(15_000);
    }

    InterpreterResolver(long probeTimeoutMillis) {
        this.probeTimeoutMillis = probeTimeoutMillis;
    }

    /**
     * {@code argv} with a bare Python replaced by an interpreter that can import its module.
     *
     * @throws IOException naming every interpreter tried, when none can
     */
    public List<String> resolve(List<String> argv, Map<String, String> env) throws IOException {
        String program = argv.get(0);
        if (!BARE_PYTHONS.contains(program)) {
            return argv;
        }
        String module = argv.size() > 2 && argv.get(1).equals("-m") ? argv.get(2) : null;
        List<Path> candidates = candidates(program, env.get("PATH"));
        if (candidates.isEmpty()) {
            throw new IOException("'" + program + "' is not on PATH and " + SYSTEM_PYTHON + " does not exist");
        }
        if (module == null) {
            return withProgram(argv, candidates.get(0));
        }
        for (Path candidate : candidates) {
            if (canImport(candidate, module, env)) {
                return withProgram(argv, candidate);
            }
        }
        throw new IOException("no Python interpreter can import " + module + " (tried "
                + candidates.stream().map(Path::toString).toList() + "); install it for one of them, e.g. "
                + (module.startsWith("ipykernel") ? "'apt install python3-ipykernel' or 'pip install ipykernel'"
                        : "'pip install " + module + "'"));
    }

    private static List<Path> candidates(String program, String path) {
        Set<Path> found = new LinkedHashSet<>();
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    found.add(candidate);
                    break;
                }
            }
        }
        if (Files.isExecutable(SYSTEM_PYTHON)) {
            found.add(SYSTEM_PYTHON);
        }
        return new ArrayList<>(found);
    }

    private boolean canImport(Path interpreter, String module, Map<String, String> env) {
        String key = interpreter + "\0" + module;
        if (KNOWN_GOOD.contains(key)) {
            return true;
        }
        ProcessBuilder probe = new ProcessBuilder(interpreter.toString(), "-c", PROBE, module)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        probe.environment().clear();
        probe.environment().putAll(env);
        try {
            Process process = probe.start();
            if (!process.waitFor(probeTimeoutMillis, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            boolean ok = process.exitValue() == 0;
            if (ok) {
                KNOWN_GOOD.add(key);
            }
            return ok;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> withProgram(List<String> argv, Path program) {
        List<String> resolved = new ArrayList<>(argv);
        resolved.set(0, program.toString());
        return List.copyOf(resolved);
    }
}
