package dev.continuum.launchers.jupyter.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns messages into ZeroMQ frames and back:
 * {@code [identities..., "<IDS|MSG>", signature, header, parent_header, metadata, content, buffers...]}.
 * Every received message is verified; badly signed, malformed and replayed ones (a signature seen
 * before, as jupyter_client's digest history rejects) raise {@link InvalidMessageException}.
 * Not thread-safe: one I/O thread owns it.
 */
public final class WireCodec {

    static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final int REMEMBERED_SIGNATURES = 1 << 16;

    private final MessageSigner signer;
    private final Set<String> seenSignatures = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_SIGNATURES;
        }
    });

    public WireCodec(MessageSigner signer) {
        this.signer = signer;
    }

    public List<byte[]> encode(JupyterMessage message) {
        try {
            byte[] header = Json.MAPPER.writeValueAsBytes(message.header());
            byte[] parent = Json.MAPPER.writeValueAsBytes(message.parentHeader());
            byte[] metadata = Json.MAPPER.writeValueAsBytes(message.metadata());
            byte[] content = Json.MAPPER.writeValueAsBytes(message.content());
            List<byte[]> frames = new ArrayList<>(message.identities().size() + 6 + message.buffers().size());
            frames.addAll(message.identities());
            frames.add(DELIMITER);
            frames.add(signer.sign(header, parent, metadata, content).getBytes(StandardCharsets.US_ASCII));
            frames.add(header);
            frames.add(parent);
            frames.add(metadata);
            frames.add(content);
            frames.addAll(message.buffers());
            return frames;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a " + message.msgType() + " message", e);
        }
    }

    public JupyterMessage decode(List<byte[]> frames) throws InvalidMessageException {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0 || frames.size() < delimiter + 6) {
            throw new InvalidMessageException("not a Jupyter message: " + frames.size() + " frames, "
                    + (delimiter < 0 ? "no <IDS|MSG> delimiter" : "too few after the delimiter"));
        }
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        byte[] header = frames.get(delimiter + 2);
        byte[] parent = frames.get(delimiter + 3);
        byte[] metadata = frames.get(delimiter + 4);
        byte[] content = frames.get(delimiter + 5);
        if (!signer.verify(signature, header, parent, metadata, content)) {
            throw new InvalidMessageException("bad signature");
        }
        if (!signature.isEmpty() && !seenSignatures.add(signature)) {
            throw new InvalidMessageException("replayed message (signature seen before)");
        }
        return new JupyterMessage(frames.subList(0, delimiter), object(header, "header"), object(parent, "parent_header"),
                object(metadata, "metadata"), object(content, "content"), frames.subList(delimiter + 6, frames.size()));
    }

    private static ObjectNode object(byte[] json, String part) throws InvalidMessageException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new InvalidMessageException("the " + part + " is not JSON", e);
        }
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw new InvalidMessageException("the " + part + " is not a JSON object");
    }
}
