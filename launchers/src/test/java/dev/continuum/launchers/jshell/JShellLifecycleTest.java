package dev.continuum.launchers.jshell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.continuum.launchers.kernel.ExecuteReply;
import dev.continuum.launchers.kernel.ExecuteRequest;
import dev.continuum.launchers.kernel.KernelDiedException;
import dev.continuum.launchers.kernel.KernelStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Restart, death and close: each test has a kernel of its own, since each ends one. */
class JShellLifecycleTest {

    private JShellSession session;
    private final List<KernelStatus> statuses = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        session = JShellSession.start(JShellConfig.defaults());
        session.addStatusListener(statuses::add);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private ExecuteReply run(String code, RecordingListener listener) throws Exception {
        return session.execute(ExecuteRequest.cell(code), listener).get(30, TimeUnit.SECONDS);
    }

    @Test
    void restartClearsTheStateAndStartsCountingAgain() throws Exception {
        run("int survivor = 1;", new RecordingListener());
        run("survivor", new RecordingListener());
        long oldPid = session.agentPid();

        session.restart().get(30, TimeUnit.SECONDS);

        assertThat(session.executionCount()).isZero();
        assertThat(statuses).containsSubsequence(KernelStatus.RESTARTING, KernelStatus.IDLE);
        assertThat(session.status()).isEqualTo(KernelStatus.IDLE);
        assertThat(ProcessHandle.of(oldPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        ExecuteReply reply = run("survivor", new RecordingListener());
        assertThat(reply.executionCount()).isEqualTo(1);
        assertThat(reply.error().orElseThrow().ename()).isEqualTo("CompilationError");
        assertThat(run("display(html(\"<i>still here</i>\"))", new RecordingListener()).ok()).isTrue();
    }

    @Test
    void restartStopsARunningCellAndFailsIt() throws Exception {
        RecordingListener listener = new RecordingListener();
        CompletableFuture<ExecuteReply> looping = session.execute(
                ExecuteRequest.cell("System.out.println(\"go\"); while (true) { }"), listener);
        assertThat(listener.firstOutput.await(10, TimeUnit.SECONDS)).isTrue();

        session.restart().get(30, TimeUnit.SECONDS);

        assertThatThrownBy(() -> looping.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(KernelDiedException.class);
        assertThat(run("1 + 1", new RecordingListener()).ok()).isTrue();
    }

    @Test
    void systemExitKillsTheKernelAndFailsWhatWaits() throws Exception {
        CompletableFuture<ExecuteReply> exiting = session.execute(
                ExecuteRequest.cell("Thread.sleep(200); System.exit(3);"), new RecordingListener());
        CompletableFuture<ExecuteReply> queued = session.execute(ExecuteRequest.cell("1"), new RecordingListener());

        assertThatThrownBy(() -> exiting.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(KernelDiedException.class).hasMessageContaining("status 3");
        assertThatThrownBy(() -> queued.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(KernelDiedException.class);
        assertThat(session.status()).isEqualTo(KernelStatus.DEAD);
        assertThat(statuses).contains(KernelStatus.DEAD);
        assertThatThrownBy(() -> session.execute(ExecuteRequest.cell("2"), new RecordingListener()).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(KernelDiedException.class);

        session.restart().get(30, TimeUnit.SECONDS);
        assertThat(run("\"back\"", new RecordingListener()).ok()).isTrue();
    }

    @Test
    void haltKillsTheKernelAsWell() throws Exception {
        CompletableFuture<ExecuteReply> halting = session.execute(
                ExecuteRequest.cell("Runtime.getRuntime().halt(1)"), new RecordingListener());

        assertThatThrownBy(() -> halting.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(KernelDiedException.class);
        assertThat(session.status()).isEqualTo(KernelStatus.DEAD);
    }

    @Test
    void closeKillsTheAgentFailsWhatWaitsAndCanBeRepeated() throws Exception {
        long pid = session.agentPid();
        CompletableFuture<ExecuteReply> looping = session.execute(ExecuteRequest.cell("while (true) { }"),
                new RecordingListener());
        Thread.sleep(300);

        session.close();
        session.close();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThatThrownBy(() -> looping.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(KernelDiedException.class);
        assertThatThrownBy(() -> session.complete("Str", 3).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(KernelDiedException.class);
        assertThat(session.status()).isEqualTo(KernelStatus.DEAD);
    }

    @Test
    void anAgentWhoseAppDiedEndsItselfEvenWithThreadsLeft() throws Exception {
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AppThatDies.class.getName())
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("agent ")) {
                // start-up noise
            }
            assertThat(line).as("the app printed its agent's pid").isNotNull();
            ProcessHandle agent = ProcessHandle.of(Long.parseLong(line.substring("agent ".length()))).orElseThrow();

            app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            assertThat(agent.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            app.destroyForcibly();
        }
    }

    @Test
    void aJavaHomeWithoutJavaFailsToStartWithAClearMessage() {
        assertThatThrownBy(() -> JShellSession.start(JShellConfig.defaults().withJavaHome(Path.of("/nonexistent/jdk"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no java executable at /nonexistent/jdk/bin/java");
    }

    @Test
    void aJdkOlderThanTheAgentNeedsIsRefusedByName() {
        Path jdk17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        assumeTrue(Files.isRegularFile(jdk17.resolve("release")), "needs a JDK 17 at " + jdk17);

        assertThatThrownBy(() -> JShellSession.start(JShellConfig.defaults().withJavaHome(jdk17)))
                .isInstanceOf(IOException.class)
                .hasMessage("the agent JVM needs Java 21 or later, but " + jdk17 + " is Java 17");
    }

    @Test
    void badVmOptionsFailToStartWithWhatTheJvmSaid() {
        assertThatThrownBy(() -> JShellSession.start(JShellConfig.defaults()
                .withRemoteVmOptions(List.of("-Xmx1k"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("did not start")
                .hasMessageContaining("Too small maximum heap");
    }
}
