package dev.continuum.launchers.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.launchers.kernel.Completion;
import dev.continuum.launchers.kernel.ExecuteReply;
import dev.continuum.launchers.kernel.ExecuteRequest;
import dev.continuum.launchers.kernel.Inspection;
import dev.continuum.launchers.kernel.IsComplete;
import dev.continuum.launchers.kernel.KernelInfo;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.StreamOutput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One Java kernel shared by the tests of everyday cell behaviour; each test uses its own names. */
class JShellSessionTest {

    private static JShellSession session;

    record Ran(ExecuteReply reply, RecordingListener listener) {
    }

    @BeforeAll
    static void start() throws Exception {
        session = JShellSession.start(JShellConfig.defaults().withRemoteVmOptions(List.of("-Xmx200m")));
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    static Ran run(String code) throws Exception {
        return run(ExecuteRequest.cell(code), new RecordingListener());
    }

    static Ran run(ExecuteRequest request, RecordingListener listener) throws Exception {
        ExecuteReply reply = session.execute(request, listener).get(30, TimeUnit.SECONDS);
        return new Ran(reply, listener);
    }

    @Test
    void streamsStdoutAndStderrWhileTheCellStillRuns() throws Exception {
        RecordingListener listener = new RecordingListener();
        CompletableFuture<ExecuteReply> reply = session.execute(ExecuteRequest.cell("""
                System.out.println("first");
                System.err.println("warning");
                Thread.sleep(500);
                System.out.println("second");
                """), listener);

        assertThat(listener.firstOutput.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(reply).isNotDone();
        assertThat(reply.get(30, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(listener.stream(StreamOutput.STDOUT)).isEqualTo("first\nsecond\n");
        assertThat(listener.stream(StreamOutput.STDERR)).isEqualTo("warning\n");
        assertThat(listener.arrivals().get(0).output()).isEqualTo(new StreamOutput(StreamOutput.STDOUT, "first\n"));
    }

    @Test
    void printsFromAThreadThatOutlivesItsCellReachThatCellsListener() throws Exception {
        Ran ran = run("""
                new Thread(() -> {
                    try { Thread.sleep(300); } catch (InterruptedException e) { }
                    System.out.println("late");
                }).start();
                """);
        assertThat(ran.reply().ok()).isTrue();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ran.listener().stream(StreamOutput.STDOUT).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(ran.listener().stream(StreamOutput.STDOUT)).isEqualTo("late\n");
    }

    @Test
    void theLastExpressionIsTheResultAndTheCountGoesUp() throws Exception {
        Ran first = run("int sixTimesSeven = 6 * 7;\nsixTimesSeven");
        Ran second = run("\"forty\" + \"two\"");

        assertThat(first.listener().resultText()).isEqualTo("42");
        assertThat(second.listener().resultText()).isEqualTo("\"fortytwo\"");
        assertThat(second.reply().executionCount()).isEqualTo(first.reply().executionCount() + 1);
        assertThat(second.listener().results().get(0).executionCount()).isEqualTo(second.reply().executionCount());
        assertThat(session.executionCount()).isEqualTo(second.reply().executionCount());
    }

    @Test
    void aDeclarationOrStatementAtTheEndGivesNoResult() throws Exception {
        assertThat(run("int declaredOnly = 5;").listener().results()).isEmpty();
        assertThat(run("System.out.print(\"\")").listener().results()).isEmpty();
    }

    @Test
    void methodsClassesAndVariablesLiveOnInLaterCells() throws Exception {
        assertThat(run("""
                int square(int x) {
                    return x * x;
                }
                record Point(int x, int y) {}
                var origin = new Point(0, 0);
                """).reply().ok()).isTrue();

        assertThat(run("square(origin.x() + 9) + new Point(1, 2).y()").listener().resultText()).isEqualTo("83");
    }

    @Test
    void aCellOfManySnippetsRunsThemInOrder() throws Exception {
        Ran ran = run("""
                import java.time.*;
                var words = new ArrayList<String>(); words.add("a");
                for (int i = 0; i < 3; i++) {
                    words.add("w" + i);
                }
                System.out.println(words);
                String.join("-", words)
                """);

        assertThat(ran.reply().ok()).isTrue();
        assertThat(ran.listener().stream(StreamOutput.STDOUT)).isEqualTo("[a, w0, w1, w2]\n");
        assertThat(ran.listener().resultText()).isEqualTo("\"a-w0-w1-w2\"");
    }

    @Test
    void aCompileErrorNamesTheCellLineAndPointsAtTheProblem() throws Exception {
        Ran ran = run("""
                int fine = 1;

                int broken = fine + missingName;
                System.out.println("never");
                """);

        assertThat(ran.reply().status()).isEqualTo(ExecuteReply.Status.ERROR);
        ErrorOutput error = ran.reply().error().orElseThrow();
        assertThat(error.ename()).isEqualTo("CompilationError");
        assertThat(error.evalue()).isEqualTo("cannot find symbol");
        assertThat(error.traceback()).containsSubsequence(
                "Error at line 3 of the cell: cannot find symbol",
                "int broken = fine + missingName;",
                "                    ^");
        assertThat(ran.listener().errors()).containsExactly(error);
        assertThat(ran.listener().stream(StreamOutput.STDOUT)).isEmpty();
    }

    @Test
    void anUnclosedBraceIsReportedAtTheEndOfTheCell() throws Exception {
        ErrorOutput error = run("void unfinished() {\n    int a = 1;\n").reply().error().orElseThrow();

        assertThat(error.ename()).isEqualTo("CompilationError");
        assertThat(error.traceback().get(0)).startsWith("Error at line 2 of the cell: reached end of file");
    }

    @Test
    void aRuntimeExceptionShowsTheCellsLineNumbersInItsTrace() throws Exception {
        Ran definition = run("""
                int divide(int a, int b) {
                    int checked = a;
                    return checked / b;
                }
                """);
        Ran ran = run("""
                int zero = 0;
                System.out.println("before");
                divide(1, zero);
                """);

        ErrorOutput error = ran.reply().error().orElseThrow();
        assertThat(error.ename()).isEqualTo("java.lang.ArithmeticException");
        assertThat(error.evalue()).isEqualTo("/ by zero");
        assertThat(error.traceback()).containsExactly(
                "java.lang.ArithmeticException: / by zero",
                "\tat divide (line 3 of cell [" + definition.reply().executionCount() + "])",
                "\tat line 3 of the cell");
        assertThat(ran.listener().stream(StreamOutput.STDOUT)).isEqualTo("before\n");
        assertThat(ran.listener().outputs()).last().isEqualTo(error);
    }

    @Test
    void userExceptionsAndMessagesReadWithoutJShellWrapperNames() throws Exception {
        ErrorOutput error = run("""
                class Oops extends RuntimeException { Oops(String m) { super(m); } }
                Object nothing = null;
                try { nothing.hashCode(); } catch (NullPointerException e) { throw new Oops(e.getMessage()); }
                """).reply().error().orElseThrow();

        assertThat(error.ename()).isEqualTo("Oops");
        assertThat(error.evalue()).doesNotContain("$JShell$").contains("\"nothing\" is null");
    }

    @Test
    void interruptStopsATightLoopAndKeepsTheState() throws Exception {
        run("int keptAcrossInterrupt = 7;");
        RecordingListener listener = new RecordingListener();
        CompletableFuture<ExecuteReply> reply = session.execute(
                ExecuteRequest.cell("System.out.println(\"looping\");\nwhile (true) { }"), listener);
        assertThat(listener.firstOutput.await(10, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        session.interrupt();
        ExecuteReply stopped = reply.get(5, TimeUnit.SECONDS);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5000);
        assertThat(stopped.status()).isEqualTo(ExecuteReply.Status.ERROR);
        assertThat(stopped.error().orElseThrow().ename()).isEqualTo("Interrupted");
        assertThat(run("keptAcrossInterrupt * 6").listener().resultText()).isEqualTo("42");
    }

    /** JShell stops an interrupted input read itself and the session stops the cell too: the kernel must survive both. */
    @Test
    void repeatedInterruptsOfAWaitForInputLeaveTheKernelAlive() throws Exception {
        for (int round = 0; round < 5; round++) {
            CompletableFuture<String> neverAnswered = new CompletableFuture<>();
            RecordingListener asking = new RecordingListener(prompt -> neverAnswered);
            CompletableFuture<ExecuteReply> waiting = session.execute(
                    ExecuteRequest.cell("new Scanner(System.in).nextLine()"), asking);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (asking.prompts().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            session.interrupt();
            assertThat(waiting.get(5, TimeUnit.SECONDS).status()).as("round " + round).isEqualTo(ExecuteReply.Status.ERROR);
            assertThat(run("1 + " + round).listener().resultText()).as("round " + round).isEqualTo(String.valueOf(1 + round));
        }
    }

    @Test
    void interruptEndsASleepAndAWaitForInput() throws Exception {
        CompletableFuture<ExecuteReply> sleeping = session.execute(ExecuteRequest.cell("Thread.sleep(60_000);"),
                new RecordingListener());
        Thread.sleep(500);
        session.interrupt();
        assertThat(sleeping.get(5, TimeUnit.SECONDS).error().orElseThrow().ename()).isEqualTo("Interrupted");

        CompletableFuture<String> neverAnswered = new CompletableFuture<>();
        RecordingListener asking = new RecordingListener(prompt -> neverAnswered);
        CompletableFuture<ExecuteReply> waiting = session.execute(
                ExecuteRequest.cell("new Scanner(System.in).nextLine()"), asking);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (asking.prompts().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        session.interrupt();

        assertThat(waiting.get(5, TimeUnit.SECONDS).status()).isEqualTo(ExecuteReply.Status.ERROR);
        assertThat(run("\"alive\"").listener().resultText()).isEqualTo("\"alive\"");
    }

    @Test
    void displayOfAnImageSendsAPngOfTheSameSize() throws Exception {
        Ran ran = run("""
                var image = new java.awt.image.BufferedImage(37, 21, java.awt.image.BufferedImage.TYPE_INT_ARGB);
                image.setRGB(3, 4, 0xffff0000);
                display(image);
                """);

        DisplayDataOutput display = ran.listener().displays().get(0);
        byte[] png = Base64.getDecoder().decode(display.data().text("image/png").orElseThrow());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(37);
        assertThat(decoded.getHeight()).isEqualTo(21);
        assertThat(decoded.getRGB(3, 4)).isEqualTo(0xffff0000);
        assertThat(display.data().text("text/plain")).contains("<image 37x21>");
    }

    @Test
    void displayOfHtmlMarkdownAndPlainValuesKeepsTheirOrderWithPrints() throws Exception {
        Ran ran = run("""
                System.out.println("before");
                display(html("<b>bold</b>"));
                display(markdown("# Title"));
                display(List.of(1, 2));
                System.out.println("after");
                """);

        List<DisplayDataOutput> displays = ran.listener().displays();
        assertThat(displays).hasSize(3);
        assertThat(displays.get(0).data().text("text/html")).contains("<b>bold</b>");
        assertThat(displays.get(1).data().text("text/markdown")).contains("# Title");
        assertThat(displays.get(2).data().mimeTypes()).containsExactly("text/plain");
        assertThat(displays.get(2).data().text("text/plain")).contains("[1, 2]");
        assertThat(ran.listener().outputs()).first().isEqualTo(new StreamOutput(StreamOutput.STDOUT, "before\n"));
        assertThat(ran.listener().outputs()).last().isEqualTo(new StreamOutput(StreamOutput.STDOUT, "after\n"));
    }

    @Test
    void aCellEndingInAnImageOrHtmlValueShowsItRichly() throws Exception {
        Ran image = run("var picture = new java.awt.image.BufferedImage(5, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);\npicture");
        Ran html = run("html(\"<i>rich</i>\")");
        Ran text = run("List.of(\"plain\")");

        assertThat(image.listener().results()).singleElement()
                .satisfies(result -> assertThat(result.data().mimeTypes()).contains("image/png"));
        assertThat(image.listener().displays()).isEmpty();
        assertThat(html.listener().results().get(0).data().text("text/html")).contains("<i>rich</i>");
        assertThat(html.listener().results().get(0).executionCount()).isEqualTo(html.reply().executionCount());
        assertThat(text.listener().resultText()).isEqualTo("[plain]");
    }

    @Test
    void theAgentRunsHeadlessWithTheConfiguredVmOptions() throws Exception {
        assertThat(run("java.awt.GraphicsEnvironment.isHeadless()").listener().resultText()).isEqualTo("true");
        assertThat(run("Runtime.getRuntime().maxMemory() <= 200L * 1024 * 1024").listener().resultText())
                .isEqualTo("true");
        assertThat(run("ProcessHandle.current().pid()").listener().resultText())
                .isEqualTo(Long.toString(session.agentPid()))
                .isNotEqualTo(Long.toString(ProcessHandle.current().pid()));
    }

    @Test
    void cellsCompileAgainstTheAgentsClassPathNotTheApps() throws Exception {
        ErrorOutput error = run("dev.continuum.notebook.MimeBundle bundle = null;").reply().error().orElseThrow();

        assertThat(error.ename()).isEqualTo("CompilationError");
        assertThat(error.evalue()).contains("does not exist");
    }

    @Test
    void completionOfAMethodNameOffersTheMatchingMethods() throws Exception {
        String code = "int unrelated = 1;\n\"abc\".subs";
        Completion completion = session.complete(code, code.length()).get(30, TimeUnit.SECONDS);

        assertThat(completion.matches()).contains("substring(");
        assertThat(completion.cursorStart()).isEqualTo(code.indexOf("subs"));
        assertThat(completion.cursorEnd()).isEqualTo(code.length());
    }

    @Test
    void completionInsideAMagicLineOffersNothing() throws Exception {
        Completion completion = session.complete("%maven org.apa\nint x = 1;", 14).get(30, TimeUnit.SECONDS);

        assertThat(completion.matches()).isEmpty();
    }

    @Test
    void isCompleteTellsAnOpenBlockFromAFinishedOne() throws Exception {
        IsComplete open = session.isComplete("for (int i=0;i<3;i++) {").get(30, TimeUnit.SECONDS);

        assertThat(open.status()).isEqualTo(IsComplete.Status.INCOMPLETE);
        assertThat(open.indent()).isEqualTo("    ");
        assertThat(session.isComplete("for (int i=0;i<3;i++) {\n}\nint x = 1;").get(30, TimeUnit.SECONDS).status())
                .isEqualTo(IsComplete.Status.COMPLETE);
        assertThat(session.isComplete("}").get(30, TimeUnit.SECONDS).status()).isEqualTo(IsComplete.Status.INVALID);
    }

    @Test
    void inspectionShowsTheSignatureOfTheMethodAtTheCursor() throws Exception {
        Inspection inspection = session.inspect("Math.max(1, 2)", 6, 0).get(30, TimeUnit.SECONDS);

        assertThat(inspection.found()).isTrue();
        assertThat(inspection.data().text("text/plain").orElseThrow()).contains("int Math.max(int a, int b)");
    }

    @Test
    void scannerInputIsAnsweredByTheListener() throws Exception {
        RecordingListener listener = new RecordingListener(prompt -> CompletableFuture.completedFuture("Ada"));
        Ran ran = run(ExecuteRequest.cell("""
                System.out.print("name? ");
                var scanner = new Scanner(System.in);
                "hello " + scanner.nextLine()
                """), listener);

        assertThat(ran.reply().ok()).isTrue();
        assertThat(ran.listener().resultText()).isEqualTo("\"hello Ada\"");
        assertThat(ran.listener().prompts()).containsExactly("");
        assertThat(ran.listener().outputs().get(0)).isEqualTo(new StreamOutput(StreamOutput.STDOUT, "name? "));
    }

    @Test
    void inputFailsInTheCellWhenTheRequestTakesNone() throws Exception {
        Ran ran = run(new ExecuteRequest("new BufferedReader(new InputStreamReader(System.in)).readLine()",
                false, true, false, true), new RecordingListener());

        ErrorOutput error = ran.reply().error().orElseThrow();
        assertThat(error.ename()).isEqualTo("java.io.IOException");
        assertThat(error.evalue()).contains("does not take input");
    }

    @Test
    void silentAndUnstoredExecutionsLeaveTheCountAlone() throws Exception {
        int before = run("1").reply().executionCount();
        Ran silent = run(new ExecuteRequest("System.out.println(\"hidden\"); 2", true, true, true, true),
                new RecordingListener());
        Ran unstored = run(new ExecuteRequest("3", false, false, true, true), new RecordingListener());

        assertThat(silent.reply().ok()).isTrue();
        assertThat(silent.listener().outputs()).isEmpty();
        assertThat(unstored.listener().resultText()).isEqualTo("3");
        assertThat(session.executionCount()).isEqualTo(before);
        assertThat(run("4").reply().executionCount()).isEqualTo(before + 1);
    }

    @Test
    void anErrorAbortsTheCellsQueuedBehindIt() throws Exception {
        CompletableFuture<ExecuteReply> failing = session.execute(
                ExecuteRequest.cell("Thread.sleep(300); throw new IllegalStateException(\"stop here\");"),
                new RecordingListener());
        RecordingListener queuedListener = new RecordingListener();
        CompletableFuture<ExecuteReply> queued = session.execute(ExecuteRequest.cell("System.out.println(1)"),
                queuedListener);

        assertThat(failing.get(30, TimeUnit.SECONDS).status()).isEqualTo(ExecuteReply.Status.ERROR);
        assertThat(queued.get(30, TimeUnit.SECONDS).status()).isEqualTo(ExecuteReply.Status.ABORTED);
        assertThat(queuedListener.outputs()).isEmpty();
        assertThat(run("5").reply().ok()).isTrue();
    }

    @Test
    void infoNamesJavaAndTheAgentsVersion() {
        KernelInfo info = session.info();

        assertThat(info.implementation()).isEqualTo("continuum-jshell");
        assertThat(info.language()).isEqualTo("java");
        assertThat(info.languageVersion()).isEqualTo(System.getProperty("java.version"));
        assertThat(info.fileExtension()).isEqualTo(".jshell");
    }
}
