package dev.continuum.launchers.jupyter.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Builds the messages a client sends, with protocol-5.3 headers: a fresh {@code msg_id} each, this
 * client's {@code session} id and user name, and an ISO-8601 UTC date.
 */
public final class MessageFactory {

    public static final String PROTOCOL_VERSION = "5.3";

    private final String session;
    private final String username;

    public MessageFactory(String session, String username) {
        this.session = session;
        this.username = username;
    }

    /** A random id in the form Jupyter uses for sessions and messages (32 hex digits). */
    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public String session() {
        return session;
    }

    /** A request that answers nothing. */
    public JupyterMessage request(String msgType, ObjectNode content) {
        return new JupyterMessage(List.of(), header(msgType), JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(), content, List.of());
    }

    /** A message answering {@code parent} (an {@code input_reply} to an {@code input_request}). */
    public JupyterMessage reply(String msgType, ObjectNode content, JupyterMessage parent) {
        return new JupyterMessage(List.of(), header(msgType), parent.header().deepCopy(),
                JsonNodeFactory.instance.objectNode(), content, List.of());
    }

    private ObjectNode header(String msgType) {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("msg_id", newId());
        header.put("session", session);
        header.put("username", username);
        header.put("date", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS)));
        header.put("msg_type", msgType);
        header.put("version", PROTOCOL_VERSION);
        return header;
    }
}
