package dev.continuum.env;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Ed25519 signatures (the JDK's own EdDSA) of published templates. The signature covers the
 * canonical bytes of the template's JSON ({@link EnvJson#canonical}), so reformatting the file
 * keeps it valid while any change to a value breaks it. It is stored beside the template as
 * {@code NAME.sig}: one line, Base64. Trusted public keys are {@code trusted-keys/*.pub} in the
 * registry folder: one line each, Base64 of the X.509 encoding.
 */
public final class TemplateSigning {

    public static final String ALGORITHM = "Ed25519";

    private TemplateSigning() {
    }

    public static Path signatureFile(Path templateFile) {
        String name = templateFile.getFileName().toString();
        return templateFile.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".sig");
    }

    public static String sign(JsonNode template, PrivateKey key) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(ALGORITHM);
        signature.initSign(key);
        signature.update(EnvJson.canonical(template));
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    /** Writes {@code NAME.sig} beside a template file, over the template as it is on disk. */
    public static void signFile(Path templateFile, PrivateKey key) throws IOException, GeneralSecurityException {
        String signature = sign(EnvJson.MAPPER.readTree(templateFile.toFile()), key);
        Files.writeString(signatureFile(templateFile), signature + "\n");
    }

    /**
     * Null when the template file is signed by one of the trusted keys; otherwise why it is
     * refused, naming the file.
     */
    public static String refusal(Path templateFile, JsonNode template, List<PublicKey> trusted) {
        Path sigFile = signatureFile(templateFile);
        if (!Files.exists(sigFile)) {
            return templateFile + ": refused: the template is not signed (no " + sigFile.getFileName()
                    + " beside it); only templates published by a trusted admin are loaded from a shared registry";
        }
        if (trusted.isEmpty()) {
            return templateFile + ": refused: the shared registry has no trusted keys (trusted-keys/*.pub) to verify its signature";
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(Files.readString(sigFile, StandardCharsets.US_ASCII).strip());
        } catch (IOException | IllegalArgumentException e) {
            return templateFile + ": refused: unreadable signature " + sigFile.getFileName() + " (" + e.getMessage() + ")";
        }
        byte[] canonical = EnvJson.canonical(template);
        for (PublicKey key : trusted) {
            if (verifies(key, canonical, signature)) {
                return null;
            }
        }
        return templateFile + ": refused: the signature " + sigFile.getFileName()
                + " does not match: the template was changed after it was signed, or signed by a key this registry does not trust";
    }

    private static boolean verifies(PublicKey key, byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (InvalidKeyException | SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        }
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey decodePublicKey(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
    }

    /** The keys in {@code trusted-keys/*.pub}, plus a problem line for each unreadable one. */
    public static List<PublicKey> trustedKeys(Path folder, List<String> problems) {
        List<PublicKey> keys = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return keys;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.pub")) {
            for (Path file : files) {
                try {
                    keys.add(decodePublicKey(Files.readString(file, StandardCharsets.US_ASCII)));
                } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                    problems.add(file + ": not an Ed25519 public key (Base64 of its X.509 encoding): " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(folder + ": cannot list trusted keys: " + e.getMessage());
        }
        return keys;
    }
}
