package dev.continuum.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The admin's Ed25519 signing key pair, kept in {@code $XDG_DATA_HOME/continuum/admin-ed25519.key}
 * (PKCS#8, Base64, mode 0600) and {@code admin-ed25519.pub}; made on first use.
 */
public final class AdminKey {

    private AdminKey() {
    }

    public static KeyPair loadOrCreate(Path dataDir) throws IOException, GeneralSecurityException {
        Path privateFile = dataDir.resolve("admin-ed25519.key");
        Path publicFile = dataDir.resolve("admin-ed25519.pub");
        KeyFactory factory = KeyFactory.getInstance(TemplateSigning.ALGORITHM);
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(Files.readString(privateFile).strip())));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(Files.readString(publicFile).strip())));
            return new KeyPair(publicKey, privateKey);
        }
        KeyPair pair = KeyPairGenerator.getInstance(TemplateSigning.ALGORITHM).generateKeyPair();
        PrivateFiles.write(privateFile, (Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Files.writeString(publicFile, TemplateSigning.encode(pair.getPublic()) + "\n");
        return pair;
    }
}
