package dev.continuum.launchers.jshell;

import dev.continuum.launchers.jshell.agent.Display;
import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Reads the agent's display stream: collects the chunks JShell's multiplexing cuts it into and
 * hands each complete frame on as a MIME bundle. The frame layout is documented on {@link Display}.
 */
final class DisplayFrames extends OutputStream {

    private final Consumer<MimeBundle> frames;
    private byte[] buffer = new byte[8192];
    private int length;

    DisplayFrames(Consumer<MimeBundle> frames) {
        this.frames = frames;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int count) throws IOException {
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
        }
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
        int position = 0;
        while (length - position >= 4) {
            int size = ((buffer[position] & 0xff) << 24) | ((buffer[position + 1] & 0xff) << 16)
                    | ((buffer[position + 2] & 0xff) << 8) | (buffer[position + 3] & 0xff);
            if (length - position - 4 < size) {
                break;
            }
            frames.accept(decode(buffer, position + 4, size));
            position += 4 + size;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, length - position);
            length -= position;
        }
    }

    static MimeBundle decode(byte[] data, int offset, int length) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, offset, length));
        JsonObject.Builder bundle = JsonObject.builder();
        int entries = in.readInt();
        for (int i = 0; i < entries; i++) {
            String mimeType = in.readUTF();
            byte[] value = new byte[in.readInt()];
            in.readFully(value);
            bundle.put(mimeType, new JsonString(new String(value, StandardCharsets.UTF_8)));
        }
        return new MimeBundle(bundle.build());
    }
}
