package dev.continuum.launchers.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces that set up the agent JVM: its jar, its options file, its class path, its JDK's version. */
class AgentPartsTest {

    @Test
    void theAgentJarHoldsEveryClassOfTheAgentPackageAndNothingElse() throws IOException, URISyntaxException {
        Path agentPackage = Path.of(AgentJar.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/continuum/launchers/jshell/agent");
        List<String> compiled;
        try (Stream<Path> files = Files.list(agentPackage)) {
            compiled = files.map(p -> "dev/continuum/launchers/jshell/agent/" + p.getFileName()).sorted().toList();
        }

        try (JarFile jar = new JarFile(AgentJar.path().toFile())) {
            List<String> entries = Collections.list(jar.entries()).stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class")).sorted().toList();
            assertThat(entries).isEqualTo(compiled);
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("dev.continuum.launchers.jshell.agent.ContinuumAgent");
        }
    }

    @Test
    void argumentFileQuotingKeepsSpacesQuotesAndBackslashes() {
        assertThat(AgentLauncher.argFileQuoted("-Dx=a b")).isEqualTo("\"-Dx=a b\"");
        assertThat(AgentLauncher.argFileQuoted("C:\\Program Files\\x\"y")).isEqualTo("\"C:\\\\Program Files\\\\x\\\"y\"");
    }

    @Test
    void theCompilerSeesTheAgentsClassPathAndWhatCellsAddButNotTheApps(@TempDir Path folder) throws IOException {
        Path agent = Files.createDirectories(folder.resolve("agent"));
        Path added = Files.createDirectories(folder.resolve("added lib"));
        StandardJavaFileManager standard = ToolProvider.getSystemJavaCompiler().getStandardFileManager(null, null, null);
        IsolatedClassPathFileManager manager = new IsolatedClassPathFileManager(standard, List.of(agent));

        assertThat(classPath(manager)).containsExactly(agent);

        String jshellClassPath = System.getProperty("java.class.path") + File.pathSeparator + added;
        manager.handleOption("-classpath", List.of(jshellClassPath).iterator());

        assertThat(classPath(manager)).containsExactly(agent, added);
    }

    private static List<Path> classPath(IsolatedClassPathFileManager manager) {
        List<Path> paths = new java.util.ArrayList<>();
        manager.getLocationAsPaths(StandardLocation.CLASS_PATH).forEach(paths::add);
        return paths;
    }

    @Test
    void theJavaVersionIsReadFromTheJdksReleaseFile(@TempDir Path home) throws IOException {
        assertThat(JavaRelease.feature(home)).isEmpty();
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"21.0.5\"\n");
        assertThat(JavaRelease.feature(home)).hasValue(21);
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"1.8.0_392\"\n");
        assertThat(JavaRelease.feature(home)).hasValue(8);
        assertThat(JavaRelease.feature(Path.of(System.getProperty("java.home"))))
                .hasValue(Runtime.version().feature());
    }
}
