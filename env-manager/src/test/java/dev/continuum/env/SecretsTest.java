package dev.continuum.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets live in the encrypted store or behind references; no file this test writes holds one. */
class SecretsTest {

    private static final String STORED = "s3cr3t-lab-password-7f1c";
    private static final String FROM_ENV = "token-from-env-91ab";
    private static final String FROM_FILE = "key-passphrase-in-file-c0de";
    private static final String LITERAL = "typed-into-json-0bad";

    @TempDir
    Path dir;

    @Test
    void putGetDeleteAndPrivateFiles() throws Exception {
        SecretStore store = new SecretStore(dir.resolve("data/continuum"));
        store.put("lab", STORED);
        store.put("other", "x");
        assertThat(store.get("lab")).contains(STORED);
        assertThat(new SecretStore(dir.resolve("data/continuum")).get("lab")).contains(STORED);
        assertThat(store.names()).containsExactlyInAnyOrder("lab", "other");
        assertThat(store.delete("lab")).isTrue();
        assertThat(store.delete("lab")).isFalse();
        assertThat(store.get("lab")).isEmpty();
        for (Path file : List.of(store.storeFile(), store.keyFile())) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(Files.getPosixFilePermissions(dir.resolve("data/continuum"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void concurrentPutsLoseNothing() throws Exception {
        Path data = dir.resolve("data");
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "s" + i;
            // a store object per thread, as separate processes would have
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    new SecretStore(data).put(name, "v");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(new SecretStore(data).names()).hasSize(8);
    }

    @Test
    void aChangedStoreIsRefused() throws Exception {
        SecretStore store = new SecretStore(dir);
        store.put("lab", STORED);
        byte[] bytes = Files.readAllBytes(store.storeFile());
        bytes[bytes.length - 1] ^= 1;
        Files.write(store.storeFile(), bytes);
        assertThatThrownBy(() -> store.get("lab")).isInstanceOf(IOException.class).hasMessageContaining("cannot decrypt");
    }

    @Test
    void referencesParse() {
        assertThat(SecretRef.parse("store:lab")).contains(new SecretRef.Store("lab"));
        assertThat(SecretRef.parse("env:TOKEN")).contains(new SecretRef.EnvVar("TOKEN"));
        assertThat(SecretRef.parse("file:/home/a/.ssh/pass")).contains(new SecretRef.File("/home/a/.ssh/pass"));
        assertThat(SecretRef.parse("ssh-agent")).contains(new SecretRef.SshAgent());
        assertThat(SecretRef.parse("hunter2")).isEmpty();
        assertThat(SecretRef.parse("store:")).isEmpty();
        assertThat(SecretRef.parse("env:1X")).isEmpty();
    }

    @Test
    void noFileWrittenHoldsASecret() throws Exception {
        EnvPaths paths = new EnvPaths(dir.resolve("config"), dir.resolve("data"));
        SecretStore store = new SecretStore(paths.dataDir());
        store.put("lab", STORED);
        // the one file that must hold a secret: the user's own key-passphrase file a file: reference points at
        Path userSecretFile = Files.createDirectories(dir.resolve("outside")).resolve("passphrase");
        Files.writeString(userSecretFile, FROM_FILE + "\n");

        Path user = paths.userRegistry();
        EnvFiles.write(RegistryFolder.user(user).templateFile("gpu"), EnvFilesTest.gpuTemplate(1));
        Registry registry = Registry.load(user, List.of());
        Identity alice = new Identity("alice", false, Set.of("ml"));
        Secrets secrets = new Secrets(store, Map.of("LAB_TOKEN", FROM_ENV));
        int n = 0;
        for (String reference : List.of("store:lab", "env:LAB_TOKEN", "file:" + userSecretFile, "ssh-agent")) {
            registry.createEnvironment(alice, "e" + n++, "gpu", Map.of("host", TextNode.valueOf("h"), "password", TextNode.valueOf(reference)));
        }
        assertThat(secrets.resolve("store:lab")).contains(STORED);
        assertThat(secrets.resolve("env:LAB_TOKEN")).contains(FROM_ENV);
        assertThat(secrets.resolve("file:" + userSecretFile)).contains(FROM_FILE);
        assertThat(secrets.resolve("ssh-agent")).isEmpty();
        assertThatThrownBy(() -> registry.createEnvironment(alice, "leak", "gpu",
                Map.of("host", TextNode.valueOf("h"), "password", TextNode.valueOf(LITERAL))))
                .hasMessageNotContaining(LITERAL);
        assertThatThrownBy(() -> secrets.resolve(LITERAL)).hasMessageNotContaining(LITERAL);
        assertThat(RegistryFolder.user(user).environmentFile("leak")).doesNotExist();

        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).filter(f -> !f.equals(userSecretFile)).forEach(written::add);
        }
        assertThat(written).contains(store.storeFile(), store.keyFile(), RegistryFolder.user(user).environmentFile("e0"));
        for (Path file : written) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String secret : List.of(STORED, FROM_ENV, FROM_FILE, LITERAL)) {
                assertThat(text).as(file.toString()).doesNotContain(secret)
                        .doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
