package dev.continuum.launchers.jupyter.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.continuum.launchers.jupyter.Python;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireCodecTest {

    private static final String KEY = "6f1d6c1e2b0a4f8e9d7c5b3a19283746a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0";

    private final MessageFactory factory = new MessageFactory(MessageFactory.newId(), "ada");

    @Test
    void aMessageRoundTripsThroughItsFrames() throws Exception {
        WireCodec codec = new WireCodec(new MessageSigner(KEY));
        JupyterMessage sent = factory.request("execute_request", JsonNodeFactory.instance.objectNode().put("code", "1+1"));

        JupyterMessage received = codec.decode(codec.encode(sent));

        assertThat(received.msgType()).isEqualTo("execute_request");
        assertThat(received.msgId()).isEqualTo(sent.msgId());
        assertThat(received.content().path("code").asText()).isEqualTo("1+1");
        assertThat(received.header().path("version").asText()).isEqualTo("5.3");
        assertThat(received.header().path("session").asText()).isEqualTo(factory.session());
        assertThat(received.header().path("username").asText()).isEqualTo("ada");
        assertThat(received.header().path("date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    }

    @Test
    void aBadlySignedMessageIsRejected() {
        WireCodec ours = new WireCodec(new MessageSigner(KEY));
        WireCodec forger = new WireCodec(new MessageSigner("not-the-key"));
        List<byte[]> forged = forger.encode(factory.request("execute_request",
                JsonNodeFactory.instance.objectNode().put("code", "import os; os.system('rm -rf ~')")));

        assertThatThrownBy(() -> ours.decode(forged)).isInstanceOf(InvalidMessageException.class)
                .hasMessage("bad signature").hasMessageNotContaining(KEY);
    }

    @Test
    void aMessageWhoseContentWasChangedAfterSigningIsRejected() {
        WireCodec codec = new WireCodec(new MessageSigner(KEY));
        List<byte[]> frames = new ArrayList<>(codec.encode(factory.request("execute_request",
                JsonNodeFactory.instance.objectNode().put("code", "print(1)"))));
        frames.set(frames.size() - 1, "{\"code\": \"print(2)\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> codec.decode(frames)).hasMessage("bad signature");
    }

    @Test
    void aReplayedMessageIsRejected() throws Exception {
        WireCodec sender = new WireCodec(new MessageSigner(KEY));
        WireCodec receiver = new WireCodec(new MessageSigner(KEY));
        List<byte[]> frames = sender.encode(factory.request("status", JsonNodeFactory.instance.objectNode()));

        receiver.decode(frames);

        assertThatThrownBy(() -> receiver.decode(frames)).hasMessageContaining("replayed");
    }

    @Test
    void framesWithoutTheDelimiterAreNotAMessage() {
        WireCodec codec = new WireCodec(new MessageSigner(KEY));
        assertThatThrownBy(() -> codec.decode(List.of("ping".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("<IDS|MSG>");
    }

    @Test
    void identitiesBeforeTheDelimiterAreKept() throws Exception {
        WireCodec codec = new WireCodec(new MessageSigner(KEY));
        List<byte[]> frames = new ArrayList<>();
        frames.add("kernel.abc.stream".getBytes(StandardCharsets.US_ASCII));
        frames.addAll(codec.encode(factory.request("stream", JsonNodeFactory.instance.objectNode())));

        JupyterMessage message = codec.decode(frames);

        assertThat(message.identities()).hasSize(1);
        assertThat(new String(message.identities().get(0), StandardCharsets.US_ASCII)).isEqualTo("kernel.abc.stream");
    }

    @Test
    void jupyterClientAcceptsOurSignatureAndWeAcceptItsSignature() throws Exception {
        WireCodec codec = new WireCodec(new MessageSigner(KEY));
        JupyterMessage sent = factory.request("execute_request", JsonNodeFactory.instance.objectNode().put("code", "print('ü')"));
        ArrayNode ours = JsonNodeFactory.instance.arrayNode();
        for (byte[] frame : codec.encode(sent)) {
            ours.add(Base64.getEncoder().encodeToString(frame));
        }

        String out = Python.run("""
                import base64, json, sys
                from jupyter_client.session import Session
                session = Session(key=sys.argv[1].encode(), signature_scheme='hmac-sha256')
                frames = [base64.b64decode(f) for f in json.loads(sys.argv[2])]
                idents, msg_frames = session.feed_identities(frames)
                msg = session.deserialize(msg_frames)
                reply = session.msg('execute_reply', {'status': 'ok', 'echo': msg['content']['code']}, parent=msg)
                print(json.dumps([base64.b64encode(f).decode() for f in session.serialize(reply)]))
                """, Map.of(), KEY, Json.MAPPER.writeValueAsString(ours));

        List<byte[]> theirs = new ArrayList<>();
        for (JsonNode frame : Json.MAPPER.readTree(out)) {
            theirs.add(Base64.getDecoder().decode(frame.asText()));
        }
        JupyterMessage reply = codec.decode(theirs);
        assertThat(reply.msgType()).isEqualTo("execute_reply");
        assertThat(reply.content().path("echo").asText()).isEqualTo("print('ü')");
        assertThat(reply.parentMsgId()).contains(sent.msgId());
    }

    @Test
    void anEmptyKeyMeansUnsignedAsJupyterDefinesIt() throws Exception {
        WireCodec codec = new WireCodec(new MessageSigner(""));
        List<byte[]> frames = codec.encode(factory.request("status", JsonNodeFactory.instance.objectNode()));

        assertThat(frames.get(1)).isEmpty();
        assertThat(codec.decode(frames).msgType()).isEqualTo("status");
    }
}
