package dev.continuum.launchers.jshell;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns UTF-8 bytes that arrive in arbitrary chunks into text, keeping a character split across chunks for later. */
final class Utf8Decoder {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private byte[] leftover = new byte[0];

    String decode(byte[] bytes, int offset, int length) {
        ByteBuffer in = ByteBuffer.allocate(leftover.length + length);
        in.put(leftover).put(bytes, offset, length).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        decoder.decode(in, out, false);
        leftover = new byte[in.remaining()];
        in.get(leftover);
        return out.flip().toString();
    }
}
