package dev.continuum.launchers.jshell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java feature version of a JDK, read from its {@code release} file without starting it, so
 * the session can refuse a JDK too old for the agent and compile cells for an older agent JVM.
 */
final class JavaRelease {

    /** The agent's own classes are compiled for this release. */
    static final int MINIMUM = 21;

    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

    private JavaRelease() {
    }

    /** The feature version ({@code 21} for "21.0.5"), or empty when the Java home has no readable release file. */
    static OptionalInt feature(Path javaHome) {
        try {
            Matcher matcher = VERSION.matcher(Files.readString(javaHome.resolve("release")));
            return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }
}
