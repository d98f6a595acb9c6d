package dev.continuum.env;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local encrypted secret store: {@code $XDG_DATA_HOME/continuum/secrets.store}, AES-256-GCM
 * with a fresh 96-bit nonce on every write, under a random key kept in {@code secrets.key}; both
 * files mode 0600. A stolen store without its key reveals nothing, and a changed store fails its
 * authentication tag instead of decrypting to garbage. JSON files refer to an entry as
 * {@code store:NAME}.
 */
public final class SecretStore {

    private static final byte[] MAGIC = "CONTINUUM-SECRETS-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path storeFile;
    private final Path keyFile;

    public SecretStore(Path dataDir) {
        this.storeFile = dataDir.resolve("secrets.store");
        this.keyFile = dataDir.resolve("secrets.key");
    }

    public Path storeFile() {
        return storeFile;
    }

    public Path keyFile() {
        return keyFile;
    }

    public synchronized void put(String name, String value) throws IOException {
        checkName(name);
        try (var lock = lock()) {
            Map<String, String> all = readAll();
            all.put(name, value);
            writeAll(all);
        }
    }

    public synchronized Optional<String> get(String name) throws IOException {
        return Optional.ofNullable(readAll().get(name));
    }

    /** True when there was such a secret. */
    public synchronized boolean delete(String name) throws IOException {
        try (var lock = lock()) {
            Map<String, String> all = readAll();
            boolean removed = all.remove(name) != null;
            if (removed) {
                writeAll(all);
            }
            return removed;
        }
    }

    /**
     * Another writer waits here instead of losing an update: another process (a second
     * {@code env secret put}) on the file lock, another thread of this JVM (where file locks are
     * shared by the whole process) on an in-process lock first.
     */
    private Closeable lock() throws IOException {
        Path lockFile = storeFile.resolveSibling("secrets.lock");
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new ReentrantLock());
        inProcess.lock();
        try {
            PrivateFiles.directoryOf(lockFile);
            FileChannel channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), PrivateFiles.ownerOnly());
            try {
                channel.lock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return () -> {
                try {
                    channel.close();
                } finally {
                    inProcess.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            inProcess.unlock();
            throw e;
        }
    }

    public synchronized Set<String> names() throws IOException {
        return Set.copyOf(readAll().keySet());
    }

    private static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("a secret's name is letters, digits, '.', '_' or '-'");
        }
    }

    private Map<String, String> readAll() throws IOException {
        if (!Files.exists(storeFile)) {
            return new TreeMap<>();
        }
        byte[] bytes = Files.readAllBytes(storeFile);
        if (bytes.length < MAGIC.length + NONCE_BYTES || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new IOException(storeFile + ": not a Continuum secret store");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(false), new GCMParameterSpec(TAG_BITS, bytes, MAGIC.length, NONCE_BYTES));
            cipher.updateAAD(MAGIC);
            byte[] plain = cipher.doFinal(bytes, MAGIC.length + NONCE_BYTES, bytes.length - MAGIC.length - NONCE_BYTES);
            try {
                return new TreeMap<>(EnvJson.MAPPER.readValue(plain, new TypeReference<Map<String, String>>() {
                }));
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(storeFile + ": cannot decrypt the secret store (changed, or encrypted with another key than "
                    + keyFile + ")", e);
        }
    }

    private void writeAll(Map<String, String> all) throws IOException {
        byte[] plain = EnvJson.MAPPER.writeValueAsBytes(all);
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(true), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(MAGIC);
            byte[] sealed = cipher.doFinal(plain);
            PrivateFiles.write(storeFile, ByteBuffer.allocate(MAGIC.length + NONCE_BYTES + sealed.length)
                    .put(MAGIC).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt the secret store", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private SecretKeySpec key(boolean create) throws IOException {
        if (!Files.exists(keyFile)) {
            if (!create) {
                throw new IOException(keyFile + ": the secret store's key is missing");
            }
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            PrivateFiles.write(keyFile, (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII));
            return new SecretKeySpec(key, "AES");
        }
        byte[] key = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
        if (key.length != 32) {
            throw new IOException(keyFile + ": not a 256-bit key");
        }
        return new SecretKeySpec(key, "AES");
    }
}
