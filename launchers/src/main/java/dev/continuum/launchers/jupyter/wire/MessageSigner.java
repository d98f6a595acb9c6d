package dev.continuum.launchers.jupyter.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over a message's header, parent header, metadata and content, as the connection
 * file's {@code key} and {@code signature_scheme} ask. Anyone on the machine can reach the kernel's
 * loopback ports: the signature is what stops them from running code in it. An empty key means
 * "no authentication", as Jupyter defines it. The key is never part of any message or log.
 */
public final class MessageSigner {

    public static final String SCHEME = "hmac-sha256";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public MessageSigner(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        this.key = bytes.length == 0 ? null : new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The signature as lowercase hex, or "" when the key is empty. */
    public String sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) {
        return key == null ? "" : HexFormat.of().formatHex(mac(header, parentHeader, metadata, content));
    }

    /** Constant-time check of a received signature. */
    public boolean verify(String signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) {
        if (key == null) {
            return true;
        }
        byte[] expected = mac(header, parentHeader, metadata, content);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    private byte[] mac(byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
