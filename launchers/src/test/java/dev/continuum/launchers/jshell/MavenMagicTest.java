package dev.continuum.launchers.jshell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.continuum.launchers.kernel.ExecuteReply;
import dev.continuum.launchers.kernel.ExecuteRequest;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.StreamOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code %maven} against Maven Central (through ~/.m2/repository) and {@code %classpath}. */
class MavenMagicTest {

    private static JShellSession session;

    @BeforeAll
    static void start() throws Exception {
        session = JShellSession.start(JShellConfig.defaults());
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    private static JShellSessionTest.Ran run(String code) throws Exception {
        RecordingListener listener = new RecordingListener();
        ExecuteReply reply = session.execute(ExecuteRequest.cell(code), listener).get(120, TimeUnit.SECONDS);
        return new JShellSessionTest.Ran(reply, listener);
    }

    @Test
    void mavenAddsAnArtifactThenRunsTheRestOfTheCell() throws Exception {
        JShellSessionTest.Ran ran = run("""
                %maven org.apache.commons:commons-lang3:3.17.0
                import org.apache.commons.lang3.StringUtils;
                StringUtils.capitalize("notebook")
                """);

        assertThat(ran.reply().ok()).as("%s", ran.listener().outputs()).isTrue();
        assertThat(ran.listener().resultText()).isEqualTo("\"Notebook\"");
        assertThat(run("StringUtils.reverse(\"abc\")").listener().resultText()).isEqualTo("\"cba\"");
    }

    @Test
    void mavenBringsTheArtifactsRuntimeDependenciesToo() throws Exception {
        JShellSessionTest.Ran ran = run("""
                %maven org.apache.commons:commons-text:1.13.0

                org.apache.commons.text.WordUtils.capitalize("a b") + org.apache.commons.lang3.StringUtils.repeat('!', 2)
                """);

        assertThat(ran.listener().resultText()).isEqualTo("\"A B!!\"");
    }

    @Test
    void anArtifactThatDoesNotExistIsAClearErrorNamingIt() throws Exception {
        JShellSessionTest.Ran ran = run("""
                %maven org.example.continuum.nonexistent:nothing:0.0.1
                System.out.println("must not run");
                """);

        ErrorOutput error = ran.reply().error().orElseThrow();
        assertThat(error.ename()).isEqualTo("MavenResolutionError");
        assertThat(error.evalue()).isEqualTo("could not resolve org.example.continuum.nonexistent:nothing:0.0.1");
        assertThat(error.traceback()).first().asString().startsWith("Error at line 1 of the cell");
        assertThat(String.join("\n", error.traceback())).contains("Could not find artifact");
        assertThat(ran.listener().stream(StreamOutput.STDOUT)).isEmpty();
    }

    @Test
    void aMalformedCoordinateSaysWhatIsExpected() throws Exception {
        ErrorOutput error = run("%maven commons-lang3").reply().error().orElseThrow();

        assertThat(error.evalue()).isEqualTo("not a Maven coordinate: commons-lang3");
        assertThat(error.traceback()).anySatisfy(line -> assertThat(line).contains("group:artifact:version"));
    }

    @Test
    void classpathAddsAFolderOfClasses(@TempDir Path folder) throws Exception {
        Path source = folder.resolve("src/greet/Greeter.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package greet; public class Greeter { public static String hi() { return \"hi\"; } }");
        Path classes = Files.createDirectories(folder.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", classes.toString(), source.toString())).isZero();

        JShellSessionTest.Ran ran = run("%classpath " + classes + "\ngreet.Greeter.hi()");

        assertThat(ran.listener().resultText()).isEqualTo("\"hi\"");
    }

    @Test
    void classpathOfAMissingPathNamesIt() throws Exception {
        ErrorOutput error = run("%classpath /no/such/lib.jar\n1").reply().error().orElseThrow();

        assertThat(error.ename()).isEqualTo("ClassPathError");
        assertThat(error.evalue()).isEqualTo("no such file or folder: /no/such/lib.jar");
    }

    @Test
    void offlineResolutionReusesTheLocalRepository() throws Exception {
        run("%maven org.apache.commons:commons-lang3:3.17.0");
        try (MavenArtifacts offline = new MavenArtifacts(JShellConfig.Maven.defaults().withOffline(true))) {
            List<Path> jars = offline.resolve("org.apache.commons:commons-lang3:3.17.0");

            assertThat(jars).singleElement().asString().endsWith("commons-lang3-3.17.0.jar");
            assertThat(jars.get(0)).startsWith(JShellConfig.Maven.defaults().localRepository());
        }
    }

    @Test
    void offlineResolutionOfAnArtifactNotDownloadedFailsNamingIt(@TempDir Path emptyRepository) {
        JShellConfig.Maven settings = JShellConfig.Maven.defaults().withOffline(true).withLocalRepository(emptyRepository);
        try (MavenArtifacts offline = new MavenArtifacts(settings)) {
            assertThatThrownBy(() -> offline.resolve("org.apache.commons:commons-lang3:3.17.0"))
                    .isInstanceOf(MavenArtifacts.ResolutionFailure.class)
                    .hasMessage("could not resolve org.apache.commons:commons-lang3:3.17.0 (offline)");
        }
    }
}
