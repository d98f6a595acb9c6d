package dev.continuum.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Published templates carry the admin's Ed25519 signature; a shared registry refuses anything else. */
class SignedTemplateTest {

    @TempDir
    Path dir;

    private final Identity admin = new Identity("root", true, Set.of());
    private final Identity alice = new Identity("alice", false, Set.of("ml"));

    private Path draft() throws Exception {
        Path file = dir.resolve("drafts/gpu.json");
        EnvFiles.write(file, EnvFilesTest.gpuTemplate(1));
        return file;
    }

    @Test
    void aPublishedTemplateLoadsFromTheSharedRegistry() throws Exception {
        KeyPair key = AdminKey.loadOrCreate(dir.resolve("data"));
        RegistryFolder lab = RegistryFolder.shared(dir.resolve("lab"));
        Path published = TemplatePublisher.publish(admin, key, draft(), Principal.group("ml"), lab);
        assertThat(TemplateSigning.signatureFile(published)).exists();
        assertThat(lab.trustedKeys().resolve("root.pub")).exists();

        Registry registry = Registry.load(dir.resolve("user"), List.of(lab.root()));
        assertThat(registry.problems()).isEmpty();
        assertThat(registry.templates(alice)).singleElement().satisfies(e -> assertThat(e.value().sharedWith()).contains("group:ml"));
        assertThat(registry.templates(new Identity("bob", false, Set.of()))).isEmpty();
    }

    @Test
    void reformattingKeepsTheSignatureValid() throws Exception {
        KeyPair key = AdminKey.loadOrCreate(dir.resolve("data"));
        RegistryFolder lab = RegistryFolder.shared(dir.resolve("lab"));
        Path published = TemplatePublisher.publish(admin, key, draft(), Principal.group("ml"), lab);
        Files.write(published, EnvJson.canonical(EnvJson.MAPPER.readTree(published.toFile())));
        assertThat(Registry.load(dir.resolve("user"), List.of(lab.root())).problems()).isEmpty();
    }

    @Test
    void aTamperedTemplateIsRefusedNamingTheFile() throws Exception {
        KeyPair key = AdminKey.loadOrCreate(dir.resolve("data"));
        RegistryFolder lab = RegistryFolder.shared(dir.resolve("lab"));
        Path published = TemplatePublisher.publish(admin, key, draft(), Principal.group("ml"), lab);
        Files.writeString(published, Files.readString(published).replace("\"32G\"", "\"64G\""));

        Registry registry = Registry.load(dir.resolve("user"), List.of(lab.root()));
        assertThat(registry.templates()).isEmpty();
        assertThat(registry.problems()).singleElement().asString()
                .startsWith(published + ": refused: the signature gpu.sig does not match");
    }

    @Test
    void anUnsignedTemplateIsRefusedNamingTheFile() throws Exception {
        RegistryFolder lab = RegistryFolder.shared(dir.resolve("lab"));
        Path file = lab.templateFile("gpu");
        EnvFiles.write(file, EnvFilesTest.gpuTemplate(1));
        Registry registry = Registry.load(dir.resolve("user"), List.of(lab.root()));
        assertThat(registry.templates()).isEmpty();
        assertThat(registry.problems()).containsExactly(file + ": refused: the template is not signed (no gpu.sig beside it);"
                + " only templates published by a trusted admin are loaded from a shared registry");
    }

    @Test
    void aTemplateSignedByAnUntrustedKeyIsRefused() throws Exception {
        RegistryFolder lab = RegistryFolder.shared(dir.resolve("lab"));
        TemplatePublisher.publish(admin, AdminKey.loadOrCreate(dir.resolve("data")), draft(), Principal.group("ml"), lab);
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path file = lab.templateFile("gpu");
        TemplateSigning.signFile(file, stranger.getPrivate());
        assertThat(Registry.load(dir.resolve("user"), List.of(lab.root())).problems()).singleElement().asString()
                .startsWith(file + ": refused: the signature gpu.sig does not match");
        // and the stranger cannot publish there either: the folder already trusts another key
        assertThatThrownBy(() -> TemplatePublisher.publish(new Identity("eve", true, Set.of()), stranger, draft(), Principal.group("ml"), lab))
                .hasMessageContaining("the key of eve is not trusted by this registry");
    }

    @Test
    void theUsersOwnFolderNeedsNoSignature() throws Exception {
        Path user = dir.resolve("user");
        EnvFiles.write(RegistryFolder.user(user).templateFile("gpu"), EnvFilesTest.gpuTemplate(1));
        assertThat(Registry.load(user, List.of()).templates()).hasSize(1);
    }

    @Test
    void onlyAdminsPublishAndTheKeyFileIsPrivate() throws Exception {
        KeyPair key = AdminKey.loadOrCreate(dir.resolve("data"));
        assertThatThrownBy(() -> TemplatePublisher.publish(alice, key, draft(), Principal.group("ml"), RegistryFolder.shared(dir.resolve("lab"))))
                .hasMessage("alice may not publish templates: only admins may");
        assertThat(Files.getPosixFilePermissions(dir.resolve("data/admin-ed25519.key")))
                .containsExactlyInAnyOrderElementsOf(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        KeyPair again = AdminKey.loadOrCreate(dir.resolve("data"));
        assertThat(again.getPublic().getEncoded()).isEqualTo(key.getPublic().getEncoded());
    }

    @Test
    void principalsParse() {
        assertThat(Principal.parse("ml")).isEqualTo(Principal.group("ml"));
        assertThat(Principal.parse("group:ml").toString()).isEqualTo("group:ml");
        assertThat(Principal.parse("user:dave")).isEqualTo(new Principal(Role.USER, "dave"));
        assertThatThrownBy(() -> Principal.parse("user:")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Principal(Role.ADMIN, "root")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publishingToASecondGroupKeepsTheFirst() throws Exception {
        KeyPair key = AdminKey.loadOrCreate(dir.resolve("data"));
        RegistryFolder lab = RegistryFolder.shared(dir.resolve("lab"));
        TemplatePublisher.publish(admin, key, draft(), Principal.group("ml"), lab);
        Path published = TemplatePublisher.publish(admin, key, draft(), Principal.user("dave"), lab);
        assertThat(EnvFiles.readTemplate(published).sharedWith()).containsExactly("group:ml", "user:dave");
    }
}
