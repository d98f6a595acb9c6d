package dev.continuum.launchers.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.StreamOutput;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bytes from the agent, as JShell's multiplexing cuts them, back into text and display frames. */
class StreamsTest {

    private final ScheduledExecutorService events = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        events.shutdownNow();
    }

    @Test
    void aCharacterSplitAcrossChunksComesOutWhole() {
        byte[] bytes = "é€😀!".getBytes(StandardCharsets.UTF_8);
        Utf8Decoder decoder = new Utf8Decoder();
        StringBuilder text = new StringBuilder();

        for (byte b : bytes) {
            text.append(decoder.decode(new byte[] {b}, 0, 1));
        }

        assertThat(text.toString()).isEqualTo("é€😀!");
    }

    @Test
    void displayFramesAreReassembledFromSmallChunks() throws IOException {
        List<MimeBundle> received = new ArrayList<>();
        DisplayFrames frames = new DisplayFrames(received::add);
        byte[] two = concat(frame("text/html", "<b>ü</b>", "text/plain", "ü"), frame("text/plain", "x".repeat(300)));

        for (int i = 0; i < two.length; i += 7) {
            frames.write(two, i, Math.min(7, two.length - i));
        }

        assertThat(received).containsExactly(
                new MimeBundle(JsonObject.builder().put("text/html", new JsonString("<b>ü</b>"))
                        .put("text/plain", new JsonString("ü")).build()),
                MimeBundle.ofText("text/plain", "x".repeat(300)));
    }

    @Test
    void printsAreGatheredAndReachTheListenerBeforeLaterDisplays() throws Exception {
        RecordingListener listener = new RecordingListener();
        OutputRouter router = new OutputRouter(events);
        router.route(listener);
        PrintStream out = router.stdout();

        out.print("a");
        out.print("b");
        router.display(MimeBundle.ofText("text/plain", "shown"));
        out.print("c");
        Thread.sleep(OutputRouter.GATHER_MILLIS * 10);
        router.stderr().print("oops");
        router.flush();
        events.submit(() -> { }).get(5, TimeUnit.SECONDS);

        assertThat(listener.outputs()).containsExactly(
                new StreamOutput(StreamOutput.STDOUT, "ab"),
                new DisplayDataOutput(MimeBundle.ofText("text/plain", "shown")),
                new StreamOutput(StreamOutput.STDOUT, "c"),
                new StreamOutput(StreamOutput.STDERR, "oops"));
        assertThat(listener.arrivals()).allSatisfy(arrival -> assertThat(arrival.thread()).isNotEqualTo(
                Thread.currentThread().getName()));
    }

    @Test
    void outputWithNoListenerIsDropped() throws Exception {
        OutputRouter router = new OutputRouter(events);
        RecordingListener later = new RecordingListener();

        router.stdout().print("lost");
        router.route(later);
        router.stdout().print("kept");
        router.flush();
        events.submit(() -> { }).get(5, TimeUnit.SECONDS);

        assertThat(later.stream(StreamOutput.STDOUT)).isEqualTo("kept");
    }

    /** A frame as {@code Display} writes it: length, entry count, then MIME type and UTF-8 value per entry. */
    private static byte[] frame(String... mimeAndValue) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        out.writeInt(mimeAndValue.length / 2);
        for (int i = 0; i < mimeAndValue.length; i += 2) {
            byte[] value = mimeAndValue[i + 1].getBytes(StandardCharsets.UTF_8);
            out.writeUTF(mimeAndValue[i]);
            out.writeInt(value.length);
            out.write(value);
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        new DataOutputStream(frame).writeInt(body.size());
        body.writeTo(frame);
        return frame.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
