package dev.continuum.launchers.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.continuum.launchers.jupyter.spec.InterruptMode;
import dev.continuum.launchers.jupyter.spec.KernelSpec;
import dev.continuum.launchers.jupyter.spec.KernelSpecs;
import dev.continuum.launchers.kernel.ExecuteReply;
import dev.continuum.launchers.kernel.ExecuteRequest;
import dev.continuum.launchers.kernel.KernelDiedException;
import dev.continuum.launchers.kernel.KernelStatus;
import dev.continuum.notebook.ExecuteResultOutput;
import dev.continuum.notebook.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, restarting, dying and closing: each test has a kernel of its own, since it ends it. */
class KernelLifecycleTest {

    @TempDir
    Path dir;

    private static JupyterKernelSession startPython(SessionOptions options) throws KernelStartException {
        return JupyterKernels.installed().start("python3", options);
    }

    private static ExecuteReply run(JupyterKernelSession kernel, String code, RecordingListener listener) throws Exception {
        return kernel.execute(ExecuteRequest.cell(code), listener).get(30, TimeUnit.SECONDS);
    }

    @Test
    void restartForgetsStateResetsTheCountAndReportsRestarting() throws Exception {
        try (JupyterKernelSession kernel = startPython(SessionOptions.defaults())) {
            List<KernelStatus> statuses = new CopyOnWriteArrayList<>();
            kernel.addStatusListener(statuses::add);
            run(kernel, "remembered = 1", new RecordingListener());
            run(kernel, "remembered", new RecordingListener());
            long firstPid = kernel.pid();
            Path connectionFile = kernel.connectionFile();

            kernel.restart().get(30, TimeUnit.SECONDS);

            assertThat(kernel.executionCount()).isZero();
            assertThat(kernel.pid()).isNotEqualTo(firstPid);
            assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(statuses).containsSubsequence(KernelStatus.RESTARTING, KernelStatus.IDLE);
            assertThat(kernel.status()).isEqualTo(KernelStatus.IDLE);
            assertThat(Files.getPosixFilePermissions(connectionFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            ExecuteReply reply = run(kernel, "remembered", new RecordingListener());
            assertThat(reply.error().orElseThrow().ename()).isEqualTo("NameError");
            assertThat(reply.executionCount()).isEqualTo(1);
        }
    }

    @Test
    void aKernelThatDiesFailsItsPendingWorkAndCanBeRestarted() throws Exception {
        try (JupyterKernelSession kernel = startPython(SessionOptions.defaults())) {
            long start = System.nanoTime();

            CompletableFuture<ExecuteReply> dying = kernel.execute(ExecuteRequest.cell("import os; os._exit(1)"),
                    new RecordingListener());

            assertThatThrownBy(() -> dying.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(KernelDiedException.class)
                    .hasMessageContaining("python3").hasMessageContaining("exit code 1");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(kernel.status()).isEqualTo(KernelStatus.DEAD);
            assertThatThrownBy(() -> kernel.execute(ExecuteRequest.cell("1"), new RecordingListener()).get(5, TimeUnit.SECONDS))
                    .cause().isInstanceOf(KernelDiedException.class).hasMessageContaining("restart");

            kernel.restart().get(30, TimeUnit.SECONDS);

            RecordingListener listener = new RecordingListener();
            assertThat(run(kernel, "2 + 2", listener).ok()).isTrue();
            assertThat(listener.all(ExecuteResultOutput.class).get(0).data().text("text/plain")).contains("4");
        }
    }

    @Test
    void aKernelThatStopsAnsweringItsHeartbeatIsDeclaredDeadAndKilled() throws Exception {
        KernelTimeouts quick = KernelTimeouts.DEFAULTS.withHeartbeat(Duration.ofMillis(200), 3);
        try (JupyterKernelSession kernel = startPython(SessionOptions.defaults().withTimeouts(quick))) {
            long pid = kernel.pid();
            new ProcessBuilder("kill", "-STOP", Long.toString(pid)).start().waitFor();

            CompletableFuture<ExecuteReply> unanswered = kernel.execute(ExecuteRequest.cell("1"), new RecordingListener());

            assertThatThrownBy(() -> unanswered.get(10, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(KernelDiedException.class).hasMessageContaining("heartbeat");
            assertThat(kernel.status()).isEqualTo(KernelStatus.DEAD);
            ProcessHandle.of(pid).ifPresent(process -> process.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        }
    }

    @Test
    void closingStopsTheKernelAndRemovesTheConnectionFile() throws Exception {
        // A kernel busy in a cell cannot leave politely: after the shutdown wait it is terminated.
        JupyterKernelSession kernel = startPython(SessionOptions.defaults()
                .withTimeouts(KernelTimeouts.DEFAULTS.withShutdown(Duration.ofSeconds(1))));
        Path connectionFile = kernel.connectionFile();
        long pid = kernel.pid();
        assertThat(connectionFile).exists();
        CompletableFuture<ExecuteReply> running = kernel.execute(ExecuteRequest.cell("import time; time.sleep(60)"),
                new RecordingListener());

        kernel.close();
        kernel.close();

        assertThat(connectionFile).doesNotExist();
        assertThat(connectionFile.getParent()).doesNotExist();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(kernel.status()).isEqualTo(KernelStatus.DEAD);
        assertThatThrownBy(() -> running.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(KernelDiedException.class);
        assertThatThrownBy(() -> kernel.execute(ExecuteRequest.cell("1"), new RecordingListener()).get(5, TimeUnit.SECONDS))
                .cause().hasMessageContaining("closed");
    }

    @Test
    void aKernelAskingForMessageInterruptsIsInterruptedOverTheControlChannel() throws Exception {
        KernelSpec debian = KernelSpecs.installed().get("python3");
        KernelSpec spec = new KernelSpec("python3-messages", debian.resourceDir(), debian.argv(), "Python (interrupt by message)",
                "python", InterruptMode.MESSAGE, Map.of(), JsonObject.EMPTY);
        try (JupyterKernelSession kernel = JupyterKernelSession.start(spec, SessionOptions.defaults())) {
            RecordingListener looping = new RecordingListener();
            CompletableFuture<ExecuteReply> loop = kernel.execute(
                    ExecuteRequest.cell("print('looping', flush=True)\nwhile True:\n    pass"), looping);
            looping.firstOutput.get(30, TimeUnit.SECONDS);

            kernel.interrupt();

            assertThat(loop.get(15, TimeUnit.SECONDS).error().orElseThrow().ename()).isEqualTo("KeyboardInterrupt");
            assertThat(kernel.status()).isEqualTo(KernelStatus.IDLE);
            assertThat(run(kernel, "1 + 1", new RecordingListener()).ok()).isTrue();
        }
    }

    @Test
    void aSpecStartingWithBarePython3RunsEvenWhenThatPython3LacksIpykernel() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path fakePython = bin.resolve("python3");
        Files.writeString(fakePython, "#!/bin/sh\necho 'this python has no ipykernel' >&2\nexit 1\n");
        Files.setPosixFilePermissions(fakePython, PosixFilePermissions.fromString("rwxr-xr-x"));
        KernelSpec spec = writeSpec("bare-python", "[\"python3\", \"-m\", \"ipykernel_launcher\", \"-f\", \"{connection_file}\"]");
        SessionOptions options = SessionOptions.defaults()
                .withEnvironment(Map.of("PATH", bin + ":" + System.getenv("PATH")));

        try (JupyterKernelSession kernel = JupyterKernelSession.start(spec, options)) {
            RecordingListener listener = new RecordingListener();
            run(kernel, "import sys; print(sys.executable)", listener);
            assertThat(listener.stream("stdout")).isEqualTo("/usr/bin/python3\n");
        }
    }

    @Test
    void aKernelThatDiesOnStartIsReportedWithItsNameExitCodeAndLastOutput() throws Exception {
        KernelSpec spec = writeSpec("broken", "[\"/usr/bin/python3\", \"-c\", "
                + "\"import sys; sys.stderr.write('ModuleNotFoundError: no kernel here\\\\n'); sys.exit(3)\", \"{connection_file}\"]");

        assertThatThrownBy(() -> JupyterKernelSession.start(spec, SessionOptions.defaults()))
                .isInstanceOf(KernelStartException.class)
                .hasMessageContaining("'broken'")
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining("ModuleNotFoundError: no kernel here");
    }

    @Test
    void aKernelThatNeverAnswersTimesOutWithAClearError() throws Exception {
        KernelSpec spec = writeSpec("mute", "[\"/usr/bin/python3\", \"-c\", "
                + "\"import time; print('thinking', flush=True); time.sleep(60)\", \"{connection_file}\"]");
        SessionOptions options = SessionOptions.defaults()
                .withTimeouts(KernelTimeouts.DEFAULTS.withStartup(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> JupyterKernelSession.start(spec, options))
                .isInstanceOf(KernelStartException.class)
                .hasMessageContaining("'mute'")
                .hasMessageContaining("did not answer kernel_info within 2 s")
                .hasMessageContaining("thinking");
    }

    @Test
    void anUnknownKernelNameListsWhatIsInstalled() {
        assertThatThrownBy(() -> JupyterKernels.installed().start("no-such-kernel"))
                .isInstanceOf(KernelStartException.class)
                .hasMessageContaining("no-such-kernel")
                .hasMessageContaining("python3");
    }

    private KernelSpec writeSpec(String name, String argvJson) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("kernels").resolve(name));
        Files.writeString(folder.resolve("kernel.json"),
                "{\"argv\": " + argvJson + ", \"display_name\": \"" + name + "\", \"language\": \"python\"}");
        return new KernelSpecs(List.of(dir.resolve("kernels"))).get(name);
    }
}
