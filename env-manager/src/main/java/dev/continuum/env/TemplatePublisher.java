package dev.continuum.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * An admin publishes a template to a group or user: it is copied into a registry folder with the
 * principal added to {@code shared_with}, and signed with the admin's key. The first publisher
 * into a folder without trusted keys puts their public key there ({@code trusted-keys/ADMIN.pub});
 * after that only admins whose key is already trusted may publish, so a key is never trusted just
 * because someone published with it.
 */
public final class TemplatePublisher {

    private TemplatePublisher() {
    }

    public static Path publish(Identity admin, KeyPair key, Path templateFile, Principal to, RegistryFolder target)
            throws RegistryException, EnvFileException {
        if (!Permissions.may(admin, Action.PUBLISH, EnvFiles.readTemplate(templateFile))) {
            throw new RegistryException(admin.user() + " may not publish templates: only admins may");
        }
        Template template = EnvFiles.readTemplate(templateFile).sharedAlsoWith(to.toString());
        if (template.owner() == null) {
            template = new Template(template.name(), template.version(), template.kind(), template.description(), template.parameters(),
                    template.resources(), template.baseImage(), template.packages(), template.labels(), admin.user(), template.sharedWith());
        }
        Path published = target.templateFile(template.name());
        if (Files.exists(published)) {
            // publishing to one more group keeps those it was already shared with
            Template existing = EnvFiles.readTemplate(published);
            for (String principal : existing.sharedWith()) {
                template = template.sharedAlsoWith(principal);
            }
        }
        try {
            trust(admin, key.getPublic(), target);
            EnvFiles.write(published, template);
            TemplateSigning.signFile(published, key.getPrivate());
        } catch (IOException | GeneralSecurityException e) {
            throw new RegistryException(published + ": cannot publish: " + e.getMessage(), e);
        }
        return published;
    }

    private static void trust(Identity admin, PublicKey key, RegistryFolder target) throws IOException, RegistryException {
        if (!target.shared()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        List<PublicKey> trusted = TemplateSigning.trustedKeys(target.trustedKeys(), problems);
        if (trusted.stream().anyMatch(k -> java.util.Arrays.equals(k.getEncoded(), key.getEncoded()))) {
            return;
        }
        if (!trusted.isEmpty()) {
            throw new RegistryException(target.trustedKeys() + ": the key of " + admin.user()
                    + " is not trusted by this registry; ask whoever manages it to add " + admin.user() + ".pub");
        }
        Files.createDirectories(target.trustedKeys());
        Files.writeString(target.trustedKeys().resolve(admin.user() + ".pub"), TemplateSigning.encode(key) + "\n");
    }
}
