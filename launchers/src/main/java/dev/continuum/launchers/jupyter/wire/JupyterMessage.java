package dev.continuum.launchers.jupyter.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of the Jupyter protocol, as its four JSON parts plus the routing identities before
 * the delimiter and any binary buffers after the content. {@code parentHeader} is an empty object
 * when the message answers nothing.
 */
public record JupyterMessage(List<byte[]> identities, ObjectNode header, ObjectNode parentHeader,
                             ObjectNode metadata, ObjectNode content, List<byte[]> buffers) {

    public JupyterMessage {
        identities = List.copyOf(identities);
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(parentHeader, "parentHeader");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(content, "content");
        buffers = List.copyOf(buffers);
    }

    public String msgType() {
        return header.path("msg_type").asText("");
    }

    public String msgId() {
        return header.path("msg_id").asText("");
    }

    /** The {@code msg_id} of the request this message belongs to, if it names one. */
    public Optional<String> parentMsgId() {
        JsonNode id = parentHeader.get("msg_id");
        return id != null && id.isTextual() && !id.asText().isEmpty() ? Optional.of(id.asText()) : Optional.empty();
    }
}
