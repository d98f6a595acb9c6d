package dev.continuum.launchers.jshell.agent;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Rich output for Java cells, statically imported into every session: {@code display(image)},
 * {@code display(html("<b>x</b>"))}, {@code display(markdown("# t"))}, anything else as text.
 *
 * <p>Each call writes one frame to the agent's display stream: a big-endian {@code int} length of
 * the rest, an {@code int} entry count, then per entry the MIME type ({@link DataOutputStream#writeUTF})
 * and the value as an {@code int} byte count and UTF-8 bytes (base64 for images). Runs in the agent
 * JVM: depends on the JDK only.
 */
public final class Display {

    private static OutputStream channel;

    private Display() {
    }

    static synchronized void connect(OutputStream stream) {
        channel = stream;
    }

    /** Shows {@code value} under the cell: images as PNG, {@link Html} and {@link Markdown} rendered, else its text. */
    public static void display(Object value) {
        send(bundle(value));
    }

    public static Html html(String html) {
        return new Html(html);
    }

    public static Markdown markdown(String markdown) {
        return new Markdown(markdown);
    }

    static Map<String, String> bundle(Object value) {
        Map<String, String> data = new LinkedHashMap<>();
        if (value instanceof RenderedImage image) {
            data.put("image/png", png(image));
            data.put("text/plain", "<image " + image.getWidth() + "x" + image.getHeight() + ">");
        } else if (value instanceof Html html) {
            data.put("text/html", html.html());
            data.put("text/plain", html.html());
        } else if (value instanceof Markdown markdown) {
            data.put("text/markdown", markdown.markdown());
            data.put("text/plain", markdown.markdown());
        } else {
            data.put("text/plain", String.valueOf(value));
        }
        return data;
    }

    private static String png(RenderedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalArgumentException("no PNG writer for this image");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static synchronized void send(Map<String, String> data) {
        if (channel == null) {
            System.out.println(data.get("text/plain"));
            return;
        }
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(body);
            out.writeInt(data.size());
            for (Map.Entry<String, String> entry : data.entrySet()) {
                byte[] value = entry.getValue().getBytes(StandardCharsets.UTF_8);
                out.writeUTF(entry.getKey());
                out.writeInt(value.length);
                out.write(value);
            }
            ByteArrayOutputStream frame = new ByteArrayOutputStream(body.size() + 4);
            new DataOutputStream(frame).writeInt(body.size());
            body.writeTo(frame);
            channel.write(frame.toByteArray());
            channel.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the notebook is no longer listening", e);
        }
    }
}
