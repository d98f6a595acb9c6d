package dev.continuum.launchers.jshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to start a Java kernel: which JDK runs the agent JVM (where cells execute), its extra JVM
 * options ({@code -Xmx2g}) and class path, how long it may take to start, and where {@code %maven}
 * looks for artifacts.
 */
public record JShellConfig(Path javaHome, List<String> remoteVmOptions, List<Path> classPath, Duration startTimeout,
                           Maven maven) {

    /** {@code %maven}'s local repository (shared with Maven), remote repositories, offline mode and network timeout. */
    public record Maven(Path localRepository, List<Repository> repositories, boolean offline, Duration timeout) {

        public Maven {
            Objects.requireNonNull(localRepository, "localRepository");
            repositories = List.copyOf(repositories);
            Objects.requireNonNull(timeout, "timeout");
        }

        /** {@code ~/.m2/repository} and Maven Central, online. */
        public static Maven defaults() {
            return new Maven(Path.of(System.getProperty("user.home"), ".m2", "repository"),
                    List.of(Repository.CENTRAL), false, Duration.ofSeconds(30));
        }

        public Maven withOffline(boolean offline) {
            return new Maven(localRepository, repositories, offline, timeout);
        }

        public Maven withLocalRepository(Path localRepository) {
            return new Maven(localRepository, repositories, offline, timeout);
        }
    }

    public record Repository(String id, String url) {
        public static final Repository CENTRAL = new Repository("central", "https://repo.maven.apache.org/maven2/");
    }

    public JShellConfig {
        Objects.requireNonNull(javaHome, "javaHome");
        remoteVmOptions = List.copyOf(remoteVmOptions);
        classPath = List.copyOf(classPath);
        Objects.requireNonNull(startTimeout, "startTimeout");
        Objects.requireNonNull(maven, "maven");
    }

    /** The JDK running the app, no extra options or class path, Maven Central. */
    public static JShellConfig defaults() {
        return new JShellConfig(Path.of(System.getProperty("java.home")), List.of(), List.of(), Duration.ofSeconds(30),
                Maven.defaults());
    }

    public JShellConfig withJavaHome(Path javaHome) {
        return new JShellConfig(javaHome, remoteVmOptions, classPath, startTimeout, maven);
    }

    /** Runs the agent with {@code javaExecutable} ({@code /opt/jdk-21/bin/java}), that is with its Java home. */
    public JShellConfig withJava(Path javaExecutable) {
        Path bin = javaExecutable.toAbsolutePath().getParent();
        if (bin == null || bin.getParent() == null || !Files.isExecutable(javaExecutable)) {
            throw new IllegalArgumentException("not a java executable inside a JDK's bin folder: " + javaExecutable);
        }
        return withJavaHome(bin.getParent());
    }

    public JShellConfig withRemoteVmOptions(List<String> remoteVmOptions) {
        return new JShellConfig(javaHome, remoteVmOptions, classPath, startTimeout, maven);
    }

    public JShellConfig withClassPath(List<Path> classPath) {
        return new JShellConfig(javaHome, remoteVmOptions, classPath, startTimeout, maven);
    }

    public JShellConfig withStartTimeout(Duration startTimeout) {
        return new JShellConfig(javaHome, remoteVmOptions, classPath, startTimeout, maven);
    }

    public JShellConfig withMaven(Maven maven) {
        return new JShellConfig(javaHome, remoteVmOptions, classPath, startTimeout, maven);
    }
}
