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
 * module, so user code sees neither the app's classes nor its libraries. Written once per app JVM
 * into a private temporary folder.
 */
final class AgentJar {

    /** Every class the agent JVM needs from this module (a test checks the list is complete). */
    static final List<Class<?>> CLASSES = List.of(ContinuumAgent.class, Display.class, Html.class, Markdown.class,
            Transfer.class);

    private static Path jar;

    private AgentJar() {
    }

    /** The jar, written again if something (a temp-folder cleaner) removed it since. */
    static synchronized Path path() {
        if (jar == null || !Files.isRegularFile(jar)) {
            try {
                Path folder = Files.createTempDirectory("continuum-jshell-");
                folder.toFile().deleteOnExit();
                Path file = folder.resolve("continuum-jshell-agent.jar");
                write(file);
                file.toFile().deleteOnExit();
                jar = file;
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the JShell agent jar", e);
            }
        }
        return jar;
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
