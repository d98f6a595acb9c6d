package dev.continuum.launchers.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.continuum.launchers.jupyter.wire.Json;
import dev.continuum.launchers.kernel.ExecuteReply;
import dev.continuum.launchers.kernel.ExecuteRequest;
import dev.continuum.launchers.kernel.Inspection;
import dev.continuum.launchers.kernel.IsComplete;
import dev.continuum.launchers.kernel.KernelStatus;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.ExecuteResultOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One real ipykernel (Debian's python3 kernelspec) for the whole class; each test leaves it idle and alive. */
class JupyterKernelSessionTest {

    @TempDir
    static Path workDir;

    static JupyterKernelSession kernel;
    static final List<KernelStatus> statuses = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startKernel() throws Exception {
        kernel = JupyterKernels.installed().start("python3", SessionOptions.defaults()
                .withWorkingDirectory(workDir)
                .withEnvironment(Map.of("CONTINUUM_TEST_VALUE", "from-options")));
        kernel.addStatusListener(statuses::add);
    }

    @AfterAll
    static void closeKernel() {
        kernel.close();
    }

    static ExecuteReply run(String code, RecordingListener listener) throws Exception {
        return kernel.execute(ExecuteRequest.cell(code), listener).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theKernelIntroducesItselfAsPython() {
        assertThat(kernel.info().language()).isEqualTo("python");
        assertThat(kernel.info().implementation()).isEqualTo("ipython");
        assertThat(kernel.info().fileExtension()).isEqualTo(".py");
        assertThat(kernel.status()).isIn(KernelStatus.IDLE, KernelStatus.BUSY);
    }

    @Test
    void stdoutAndStderrArriveAsTheirOwnStreams() throws Exception {
        RecordingListener listener = new RecordingListener();

        ExecuteReply reply = run("import sys\nprint('to out')\nprint('to err', file=sys.stderr)", listener);

        assertThat(reply.ok()).isTrue();
        assertThat(listener.stream("stdout")).isEqualTo("to out\n");
        assertThat(listener.stream("stderr")).isEqualTo("to err\n");
    }

    @Test
    void outputsPrintedJustBeforeTheReplyAreNotLost() throws Exception {
        RecordingListener listener = new RecordingListener();

        run("for i in range(3000): print(i)", listener);

        assertThat(listener.stream("stdout").lines()).hasSize(3000).endsWith("2999");
    }

    @Test
    void expressionValuesAreExecuteResultsAndTheCountGoesUp() throws Exception {
        RecordingListener first = new RecordingListener();
        RecordingListener second = new RecordingListener();

        ExecuteReply one = run("6 * 7", first);
        ExecuteReply two = run("'sp' + 'am'", second);

        ExecuteResultOutput result = first.all(ExecuteResultOutput.class).get(0);
        assertThat(result.data().text("text/plain")).contains("42");
        assertThat(result.executionCount()).isEqualTo(one.executionCount());
        assertThat(second.all(ExecuteResultOutput.class).get(0).data().text("text/plain")).contains("'spam'");
        assertThat(two.executionCount()).isEqualTo(one.executionCount() + 1);
        assertThat(kernel.executionCount()).isEqualTo(two.executionCount());
    }

    @Test
    void silentCodeRunsWithoutOutputsOrCount() throws Exception {
        int before = kernel.executionCount();
        RecordingListener listener = new RecordingListener();

        ExecuteReply reply = kernel.execute(new ExecuteRequest("silently = 5\nsilently", true, false, false, true), listener)
                .get(30, TimeUnit.SECONDS);

        assertThat(reply.ok()).isTrue();
        assertThat(listener.events).isEmpty();
        assertThat(kernel.executionCount()).isEqualTo(before);
    }

    @Test
    void requestsSentTogetherRunInOrder() throws Exception {
        RecordingListener a = new RecordingListener();
        RecordingListener b = new RecordingListener();
        RecordingListener c = new RecordingListener();
        List<String> finished = new CopyOnWriteArrayList<>();

        CompletableFuture<ExecuteReply> first = kernel.execute(ExecuteRequest.cell("import time; time.sleep(0.3); order = ['a']"), a)
                .whenComplete((r, e) -> finished.add("a"));
        CompletableFuture<ExecuteReply> second = kernel.execute(ExecuteRequest.cell("order.append('b')"), b)
                .whenComplete((r, e) -> finished.add("b"));
        CompletableFuture<ExecuteReply> third = kernel.execute(ExecuteRequest.cell("print(order)"), c)
                .whenComplete((r, e) -> finished.add("c"));
        CompletableFuture.allOf(first, second, third).get(30, TimeUnit.SECONDS);

        assertThat(finished).containsExactly("a", "b", "c");
        assertThat(c.stream("stdout")).isEqualTo("['a', 'b']\n");
        assertThat(third.get().executionCount()).isEqualTo(first.get().executionCount() + 2);
    }

    @Test
    void anImageArrivesAsBase64PngDisplayData() throws Exception {
        RecordingListener listener = new RecordingListener();

        run("""
                import struct, zlib
                from IPython.display import display, Image
                def chunk(kind, data):
                    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
                png = (b'\\x89PNG\\r\\n\\x1a\\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0))
                       + chunk(b'IDAT', zlib.compress(b'\\x00\\xff\\x00\\x00')) + chunk(b'IEND', b''))
                display(Image(data=png))
                """, listener);

        DisplayDataOutput image = listener.all(DisplayDataOutput.class).get(0);
        assertThat(image.data().mimeTypes()).contains("image/png", "text/plain");
        byte[] png = Base64.getMimeDecoder().decode(image.data().text("image/png").orElseThrow());
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(png).hasSizeGreaterThan(50);
    }

    @Test
    void anUpdatedDisplayReachesTheCellThatShowedIt() throws Exception {
        RecordingListener shower = new RecordingListener();
        RecordingListener updater = new RecordingListener();

        run("handle = display('first version', display_id=True)", shower);
        run("handle.update('second version')", updater);

        assertThat(shower.all(DisplayDataOutput.class).get(0).data().text("text/plain")).contains("'first version'");
        RecordingListener.Updated update = shower.all(RecordingListener.Updated.class).get(0);
        assertThat(update.output().data().text("text/plain")).contains("'second version'");
        assertThat(update.displayId()).isNotBlank();
        assertThat(updater.events).isEmpty();
    }

    @Test
    void clearOutputArrivesBetweenTheOutputsItSeparates() throws Exception {
        RecordingListener listener = new RecordingListener();

        run("from IPython.display import clear_output\nprint('before', flush=True)\nclear_output(wait=True)\nprint('after')",
                listener);

        assertThat(listener.events).hasSize(3);
        assertThat(listener.events.get(1)).isEqualTo(new RecordingListener.Cleared(true));
        assertThat(listener.stream("stdout")).isEqualTo("before\nafter\n");
    }

    @Test
    void anExceptionIsAnErrorWithNameValueAndTraceback() throws Exception {
        RecordingListener listener = new RecordingListener();

        ExecuteReply reply = run("def divide(a, b):\n    return a / b\ndivide(1, 0)", listener);

        assertThat(reply.status()).isEqualTo(ExecuteReply.Status.ERROR);
        ErrorOutput error = reply.error().orElseThrow();
        assertThat(error.ename()).isEqualTo("ZeroDivisionError");
        assertThat(error.evalue()).isEqualTo("division by zero");
        assertThat(error.traceback()).hasSizeGreaterThan(1);
        assertThat(String.join("\n", error.traceback())).contains("divide", "ZeroDivisionError");
        assertThat(listener.all(ErrorOutput.class)).singleElement()
                .satisfies(shown -> assertThat(shown.ename()).isEqualTo("ZeroDivisionError"));
    }

    @Test
    void aRequestQueuedBehindAFailingOneIsAbortedNotLeftHanging() throws Exception {
        CompletableFuture<ExecuteReply> failing = kernel.execute(
                ExecuteRequest.cell("import time; time.sleep(0.3); raise ValueError('stop')"), new RecordingListener());
        CompletableFuture<ExecuteReply> queued = kernel.execute(ExecuteRequest.cell("print('never')"), new RecordingListener());

        assertThat(failing.get(30, TimeUnit.SECONDS).status()).isEqualTo(ExecuteReply.Status.ERROR);
        assertThat(queued.get(30, TimeUnit.SECONDS).status()).isEqualTo(ExecuteReply.Status.ABORTED);
    }

    @Test
    void inputIsAskedOfTheListenerAndItsAnswerReturned() throws Exception {
        RecordingListener listener = new RecordingListener((prompt, password) ->
                CompletableFuture.completedFuture(password ? "s3cret" : "Ada"));

        run("name = input('Name? ')\nimport getpass\npw = getpass.getpass('Password: ')\nprint('hello', name, len(pw))",
                listener);

        assertThat(listener.all(RecordingListener.Prompted.class)).containsExactly(
                new RecordingListener.Prompted("Name? ", false), new RecordingListener.Prompted("Password: ", true));
        assertThat(listener.stream("stdout")).endsWith("hello Ada 6\n");
    }

    @Test
    void inputTheListenerRefusesRaisesEndOfFile() throws Exception {
        ExecuteReply reply = run("input('Name? ')", new RecordingListener());

        assertThat(reply.error().orElseThrow().ename()).isEqualTo("EOFError");
    }

    @Test
    void withoutStdinTheKernelRefusesInputItself() throws Exception {
        ExecuteReply reply = kernel.execute(new ExecuteRequest("input('Name? ')", false, true, false, true),
                new RecordingListener()).get(30, TimeUnit.SECONDS);

        assertThat(reply.error().orElseThrow().ename()).isEqualTo("StdinNotImplementedError");
    }

    @Test
    void interruptStopsATightLoopAndKeepsTheKernelAndItsState() throws Exception {
        run("kept = 41", new RecordingListener());
        RecordingListener looping = new RecordingListener();
        CompletableFuture<ExecuteReply> loop = kernel.execute(
                ExecuteRequest.cell("print('looping', flush=True)\nwhile True:\n    pass"), looping);
        looping.firstOutput.get(30, TimeUnit.SECONDS);
        Thread.sleep(200);

        kernel.interrupt();

        ExecuteReply reply = loop.get(15, TimeUnit.SECONDS);
        assertThat(reply.status()).isEqualTo(ExecuteReply.Status.ERROR);
        assertThat(reply.error().orElseThrow().ename()).isEqualTo("KeyboardInterrupt");
        RecordingListener after = new RecordingListener();
        run("kept + 1", after);
        assertThat(after.all(ExecuteResultOutput.class).get(0).data().text("text/plain")).contains("42");
    }

    @Test
    void completionOffersTheNamesThatFit() throws Exception {
        String code = "import os; os.pa";

        var completion = kernel.complete(code, code.length()).get(30, TimeUnit.SECONDS);

        assertThat(completion.matches()).anySatisfy(match -> assertThat(match).endsWith("path"));
        assertThat(code.substring(completion.cursorStart(), completion.cursorEnd())).endsWith("pa");
    }

    @Test
    void cursorPositionsCountJavaCharactersEvenAfterAnEmoji() throws Exception {
        String code = "s = '\uD83D\uDE00'; import os; os.pa";

        var completion = kernel.complete(code, code.length()).get(30, TimeUnit.SECONDS);

        assertThat(completion.cursorEnd()).isEqualTo(code.length());
        assertThat(code.substring(completion.cursorStart(), completion.cursorEnd())).endsWith("pa");
    }

    @Test
    void inspectionShowsTheDocumentation() throws Exception {
        Inspection inspection = kernel.inspect("len", 3, 0).get(30, TimeUnit.SECONDS);

        assertThat(inspection.found()).isTrue();
        assertThat(inspection.data().text("text/plain").orElseThrow()).contains("number of items");
    }

    @Test
    void anOpenBlockIsIncompleteAndAStatementComplete() throws Exception {
        IsComplete open = kernel.isComplete("for i in range(3):").get(30, TimeUnit.SECONDS);
        IsComplete done = kernel.isComplete("x = 1").get(30, TimeUnit.SECONDS);
        IsComplete broken = kernel.isComplete("1 +* 2").get(30, TimeUnit.SECONDS);

        assertThat(open.status()).isEqualTo(IsComplete.Status.INCOMPLETE);
        assertThat(open.indent()).isEqualTo("    ");
        assertThat(done.status()).isEqualTo(IsComplete.Status.COMPLETE);
        assertThat(broken.status()).isEqualTo(IsComplete.Status.INVALID);
    }

    @Test
    void theStatusGoesBusyWhileRunningAndIdleAfter() throws Exception {
        statuses.clear();

        run("import time; time.sleep(0.2)", new RecordingListener());

        assertThat(statuses).contains(KernelStatus.BUSY);
        assertThat(statuses.get(statuses.size() - 1)).isEqualTo(KernelStatus.IDLE);
        assertThat(kernel.status()).isEqualTo(KernelStatus.IDLE);
    }

    @Test
    void theKernelRunsInTheGivenFolderWithTheGivenEnvironmentAndKnowsItsParent() throws Exception {
        RecordingListener listener = new RecordingListener();

        run("import os\nprint(os.getcwd())\nprint(os.environ['CONTINUUM_TEST_VALUE'])\nprint(os.environ['JPY_PARENT_PID'])",
                listener);

        assertThat(listener.stream("stdout")).isEqualTo(workDir.toRealPath() + "\nfrom-options\n"
                + ProcessHandle.current().pid() + "\n");
    }

    @Test
    void theConnectionFileIsPrivateAndSaysWhatJupyterExpects() throws Exception {
        Path file = kernel.connectionFile();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        JsonNode json = Json.MAPPER.readTree(file.toFile());
        assertThat(json.path("key").asText()).matches("[0-9a-f]{64}");
        assertThat(json.path("signature_scheme").asText()).isEqualTo("hmac-sha256");
        assertThat(json.path("transport").asText()).isEqualTo("tcp");
        assertThat(json.path("ip").asText()).isEqualTo("127.0.0.1");
        assertThat(List.of("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"))
                .allSatisfy(port -> assertThat(json.path(port).asInt()).isPositive());
    }
}
