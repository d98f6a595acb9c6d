package dev.continuum.launchers.jupyter;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to start a kernel beyond what its kernelspec says: the folder its code runs in (a
 * notebook's own folder, so relative paths work as in Jupyter), extra environment variables
 * (they win over the spec's {@code env}), and timeouts.
 */
public record SessionOptions(Path workingDirectory, Map<String, String> environment, KernelTimeouts timeouts) {

    public SessionOptions {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(timeouts, "timeouts");
    }

    /** The current directory, no extra variables, default timeouts. */
    public static SessionOptions defaults() {
        return new SessionOptions(Path.of(System.getProperty("user.dir")), Map.of(), KernelTimeouts.DEFAULTS);
    }

    public SessionOptions withWorkingDirectory(Path value) {
        return new SessionOptions(value, environment, timeouts);
    }

    public SessionOptions withEnvironment(Map<String, String> value) {
        return new SessionOptions(workingDirectory, value, timeouts);
    }

    public SessionOptions withTimeouts(KernelTimeouts value) {
        return new SessionOptions(workingDirectory, environment, value);
    }
}
