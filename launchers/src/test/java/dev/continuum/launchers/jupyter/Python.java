package dev.continuum.launchers.jupyter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a script in the Python that has Jupyter's own libraries: the oracle tests compare against. */
public final class Python {

    public static final String INTERPRETER = System.getProperty("continuum.python", "/usr/bin/python3");

    private Python() {
    }

    /** The script's stdout; fails with its output when it exits non-zero. */
    public static String run(String script, Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(INTERPRETER, "-c", script)));
        builder.command().addAll(List.of(args));
        // Only what the test passes decides where Jupyter looks.
        builder.environment().keySet().removeIf(name -> name.startsWith("JUPYTER") || name.startsWith("XDG_")
                || name.equals("VIRTUAL_ENV") || name.equals("CONDA_PREFIX") || name.equals("PYTHONUSERBASE"));
        builder.environment().putAll(env);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("python failed (" + process.exitValue() + "): " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
