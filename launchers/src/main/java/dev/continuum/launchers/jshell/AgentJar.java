package dev.continuum.launchers.jshell;

import dev.continuum.launchers.jshell.agent.ContinuumAgent;
import dev.continuum.launchers.jshell.agent.Display;
import dev.continuum.launchers.jshell.agent.Html;
import dev.continuum.launchers.jshell.agent.Markdown;
import dev.continuum.launchers.jshell.agent.Transfer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The jar the agent JVM runs from: only the classes of the agent package, copied out of this
 * module, so user code sees neither the app's classes nor its libraries. Kept in the user's cache
 * folder under a name made from its classes' content, so every session of every run shares one
 * file and nothing is left behind in the temporary folder when a JVM is killed.
 */
final class AgentJar {

    /** Every class the agent JVM needs from this module (a test checks the list is complete). */
    static final List<Class<?>> CLASSES = List.of(ContinuumAgent.class, Display.class, Html.class, Markdown.class,
            Transfer.class);

    private static Path jar;

    private AgentJar() {
    }

    /** The jar, written again if something (a cache cleaner) removed it since. */
    static synchronized Path path() {
        if (jar == null || !Files.isRegularFile(jar)) {
            try {
                jar = writeOnce(cacheFolder());
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the JShell agent jar", e);
            }
        }
        return jar;
    }

    private static Path cacheFolder() throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path folder = base.resolve("continuum");
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            return Files.createTempDirectory("continuum-jshell-"); // no writable cache: a private folder
        }
    }

    /** Writes the jar unless a jar of the same classes is there already; atomic, so concurrent sessions agree. */
    private static Path writeOnce(Path folder) throws IOException {
        Path file = folder.resolve("jshell-agent-" + contentHash() + ".jar");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path partial = Files.createTempFile(folder, "jshell-agent-", ".partial");
        try {
            write(partial);
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }

    private static String contentHash() throws IOException {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Class<?> type : CLASSES) {
                try (InputStream bytes = type.getClassLoader().getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
                    if (bytes == null) {
                        throw new IOException("class file not found: " + type.getName());
                    }
                    digest.update(bytes.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void write(Path file) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ContinuumAgent.class.getName());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Class<?> type : CLASSES) {
                String entry = type.getName().replace('.', '/') + ".class";
                try (InputStream bytes = type.getClassLoader().getResourceAsStream(entry)) {
                    if (bytes == null) {
                        throw new IOException("class file not found: " + entry);
                    }
                    jarOut.putNextEntry(new JarEntry(entry));
                    bytes.transferTo(jarOut);
                    jarOut.closeEntry();
                }
            }
        }
    }
}
